import type { DocumentKind } from './document-data.js';

/** How a value is turned into text. */
export type ValueFormat =
  | 'text'
  | 'date'
  /** 2025-01-01: compact, for table cells. */
  | 'shortDate'
  | 'datetime'
  | 'money'
  /** Money with its amount in capital numerals: ¥1,234.00（人民币壹仟贰佰叁拾肆元整）. */
  | 'moneyWithWords'
  /** Premium change: 加收 / 退还 with the amount. */
  | 'premiumChange'
  | 'period'
  | 'number';

/** A labelled value read from the data at `path` (dotted). */
export type FieldSpec = {
  label: string;
  path: string;
  format?: ValueFormat;
  /** Takes a whole row of the grid. */
  wide?: boolean;
  /** Left out when empty (otherwise shown as "—"). */
  optional?: boolean;
};

export type ColumnSpec = {
  header: string;
  path: string;
  /** Relative width. */
  width: number;
  align?: 'left' | 'center' | 'right';
  format?: ValueFormat;
  /**
   * Left out (its width given to the others) when no row has a value: a group cover priced per
   * group has no per-person plan, sum or premium, and a column of empty cells reads as missing data.
   */
  optional?: boolean;
};

export type SignatureSlot = {
  label: string;
  /** Printed name of the signer. */
  namePath?: string;
  datePath?: string;
  /** PNG bytes of a handwritten signature. */
  imagePath?: string;
  /** Fixed text, e.g. the insurer's seal note (not shown where the seal is). */
  text?: string;
  /**
   * The insurer's electronic seal (电子印章) goes here; the first such slot is also where the
   * PAdES signature's visible appearance sits.
   */
  seal?: boolean;
};

export type BlockSpec =
  /** A grid of labelled values defined by the template. */
  | {
      type: 'fields';
      title?: string;
      fields: FieldSpec[];
      when?: string;
      /**
       * A cell at the right of the grid for the insurer's electronic seal (also where the PAdES
       * signature's visible appearance sits); `namePath` names the insurer the seal is drawn for.
       */
      seal?: { namePath: string };
    }
  /** A grid of `LabeledValue`s supplied by the data (line-specific content). */
  | { type: 'labeled-values'; title: string; path: string; when?: string; intro?: string }
  /** Several titled grids supplied by the data (`FieldGroup[]`). */
  | { type: 'field-groups'; path: string }
  /** Rows from an array in the data; long tables continue over pages with the header repeated. */
  | {
      type: 'table';
      title: string;
      path: string;
      columns: ColumnSpec[];
      numbered?: boolean;
      when?: string;
      emptyText?: string;
      /** Adds "（共 n 项）" with this unit to the title. */
      countUnit?: string;
      summary?: FieldSpec[];
    }
  /** One row per object named by the template (e.g. applicant, insured, owner). */
  | { type: 'object-table'; title: string; rows: { label: string; path: string }[]; columns: ColumnSpec[] }
  /**
   * Paragraphs from the data at `path`, or the template's `text` when the data has none; `{{path}}`
   * in the template's text is filled in from the data (e.g. the insurer's hotline).
   */
  | {
      type: 'paragraphs';
      title?: string;
      path?: string;
      text?: string[];
      numbered?: boolean;
      when?: string;
      small?: boolean;
    }
  | { type: 'signatures'; title?: string; items: SignatureSlot[] };

/**
 * A document layout as data: one generic renderer draws every kind from these. Callers may pass
 * their own template (same shape) to change wording or sections without code.
 */
export type DocumentTemplate = {
  kind: DocumentKind;
  title: string;
  subtitlePath?: string;
  documentNoLabel: string;
  documentNoPath: string;
  confirmedAtLabel: string;
  /** Defaults to `confirmedAt`. */
  confirmedAtPath?: string;
  /** More values in the header box (e.g. the policy number on an endorsement). */
  headerFields?: FieldSpec[];
  notice: string;
  blocks: BlockSpec[];
};
