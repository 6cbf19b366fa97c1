import type { Line, RatingKind } from '@policyhub/domain';
import type { ZodType } from 'zod';
import type { TemplateDefinition } from './excel/index.js';

/**
 * What a line of business (lines/<line>/line.ts) declares to the shared building blocks. The
 * modules read it through `ctx.lines` (they never import lines/): products validate a product's
 * line part with `productContent`, policies a policy's `details` and each insured's `extra`, the
 * insurer gateway accepts only the `webhookEvents` a line declares, the Excel engine offers its
 * `templates`. app.ts fills the registry from lines/registry.ts.
 */
export type LineDefinition = {
  code: Line;
  /**
   * The line's part of a product version's content (the common part is the products module's):
   * a z.object of the line's own fields, read from the same flat JSON (so not a strict object).
   */
  productContent: ZodType;
  /** packages/domain/rating kind the line's products are priced with. */
  rating: RatingKind;
  /** policies.details of the line's policies (also what its e-policy prints). */
  policyDetails: ZodType<Record<string, unknown>>;
  /** policy_insured.extra of the line's insured people. */
  insuredExtra: ZodType<Record<string, unknown>>;
  /** packages/documents variant of the line's e-policy. */
  documentVariant: Line;
  /** The line's Excel templates (registered with the engine at start). */
  templates: readonly TemplateDefinition[];
  /** The events the insurer gateway may deliver for this line (`<event>` names in webhooks). */
  webhookEvents: readonly string[];
};

/** Checks the shape once, at definition (a typo in a registry entry fails at start, not at use). */
export function defineLine<const T extends LineDefinition>(definition: T): T {
  return definition;
}

/** The registered lines, by code. */
export type LineRegistry = {
  readonly all: readonly LineDefinition[];
  /** The line, or undefined when no line with that code is registered. */
  find(code: string): LineDefinition | undefined;
  /** Whether the insurer gateway may deliver this event (some line declares it). */
  declaresEvent(event: string): boolean;
};

export function lineRegistry(definitions: readonly LineDefinition[]): LineRegistry {
  const byCode = new Map<string, LineDefinition>();
  for (const line of definitions) {
    if (byCode.has(line.code)) throw new Error(`line ${line.code} is registered twice`);
    byCode.set(line.code, line);
  }
  const events = new Set(definitions.flatMap((line) => line.webhookEvents));
  return {
    all: definitions,
    find: (code) => byCode.get(code),
    declaresEvent: (event) => events.has(event),
  };
}
