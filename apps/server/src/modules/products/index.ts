import type { Module } from '../index.js';
import { registerProductRoutes } from './routes.js';

/**
 * Products (EX-1, EX-2): the insurers' products and their versions, listing and change review,
 * publication, disclosures and the public showcase. Owns the products, product_versions and
 * disclosures tables. A version keeps the content it was made with: orders and applications
 * stay on their version after a change.
 */
export const productsModule: Module = async (app, ctx) => {
  await registerProductRoutes(app, ctx);
};

export { findListedProduct, getProductVersion, type ListedProduct } from './operations/public-products.js';
export { DEDUCTION_CAP_FEN, ZProductContent, type ProductContent } from './schemas.js';
export { simplePdf } from './simple-pdf.js';
