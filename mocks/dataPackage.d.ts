/** The checked data package the dev server and the tests serve: the sample, or DATA_DIR in development. */
declare module 'virtual:drd-data-package' {
  const contents: import('../src/api/datapackage').PublishedPackage;
  export default contents;
}
