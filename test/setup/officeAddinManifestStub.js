// office-addin-mock imports office-addin-manifest only to read a manifest's host type,
// which our tests never ask for; the real package's ESM-only dependencies break jest.
module.exports = { OfficeApp: {}, readManifestFile: async () => ({}) };
