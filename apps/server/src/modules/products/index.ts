import type { Module } from '../index.js';
import { registerProductRoutes } from './routes.js';

/**
 * Products (EX-1, EX-2): the insurers' products and their versions, listing and change review,
 * publication, disclosures and the public showcase. Owns the products, product_versions and
 * disclosures tables. A version's content is a common part (content.ts) + its line's part,
 * validated by the zod schema the line declares (ctx.lines); a line without a definition takes
 * no products. A version keeps the content it was made with: orders and applications stay on
 * their version after a change. Others read products through the functions exported here.
 */
export const productsModule: Module = async (app, ctx) => {
  await registerProductRoutes(app, ctx);
};

export { findListedProduct, getProductVersion, type ListedProduct } from './operations/public-products.js';
export {
  findAgreementDocument,
  findListedProductIds,
  findProductNames,
  findProductsOfLine,
} from './repository.js';
export { countPendingListings } from './operations/review-listing.js';
export {
  parseProductContent,
  validateProductContent,
  ZCommonProductContent,
  ZRateBand,
  ZRatingTable,
  type CommonProductContent,
  type ProductContent,
} from './content.js';
export { PRODUCT_STATUSES, VERSION_STATUSES } from './schemas.js';
export { simplePdf } from './simple-pdf.js';
