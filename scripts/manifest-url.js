// The production URL of the add-in in its manifest. manifest.xml names the development server;
// a production build copies it with every development URL replaced by the address the add-in is
// served from. Kept apart from webpack.config.js so the tests check the very function the build uses.

const developmentUrl = "https://localhost:3000/";

/**
 * @param {string} url where the add-in's files are served in production
 * @returns {string} the same url, when it is an https address ending in "/"
 * @throws {Error} for any other url, which would give Excel a manifest it cannot load from
 */
function checkedProductionUrl(url) {
  if (!/^https:\/\/[^/]+\/(.*\/)?$/.test(url)) {
    throw new Error(`OIT_BUDGET_URL must be an https address ending in "/", not "${url}"`);
  }
  return url;
}

/**
 * @param {string} manifest the text of manifest.xml
 * @param {string} url the production base url (see checkedProductionUrl)
 * @returns {string} the manifest with every development URL replaced by url
 */
function withProductionUrl(manifest, url) {
  return manifest.split(developmentUrl).join(checkedProductionUrl(url));
}

/**
 * Office compares a manifest's <Version> to decide that an add-in was updated (centralized
 * deployment rolls out a new version only when it grows), so the build takes it from package.json
 * instead of trusting someone to edit two files.
 * @param {string} manifest the text of manifest.xml
 * @param {string} version package.json's "version" (n.n.n)
 * @returns {string} the manifest with that <Version>
 * @throws {Error} when the version is not the dotted numbers Office accepts
 */
function withVersion(manifest, version) {
  if (!/^\d{1,5}(\.\d{1,5}){1,3}$/.test(version)) {
    throw new Error(`package.json's version must be 2 to 4 dotted numbers for the manifest, not "${version}"`);
  }
  return manifest.replace(/<Version>[^<]*<\/Version>/, `<Version>${version}</Version>`);
}

module.exports = { developmentUrl, checkedProductionUrl, withProductionUrl, withVersion };
