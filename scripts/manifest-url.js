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

module.exports = { developmentUrl, checkedProductionUrl, withProductionUrl };
