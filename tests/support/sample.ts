import dataPackage from 'virtual:drd-data-package';

/** The bundled sample package (mocks/sample), as checked and served by msw in the tests. */
export const samplePackage = dataPackage;
export const sampleDataset = dataPackage.dataset;
