// jsdom lacks ResizeObserver, which Fluent's MessageBar uses to reflow long text; layout is
// not what these tests check, so an observer that never fires stands in.
class ResizeObserverStub {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}

(globalThis as unknown as { ResizeObserver: unknown }).ResizeObserver ??= ResizeObserverStub;
