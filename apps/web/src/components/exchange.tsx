import { Fragment, type ReactNode } from 'react';
import { Tag, Typography } from 'antd';
import type {
  ApplicationStatus,
  EmployeeStatus,
  OrderStatus,
  ProductStatus,
  RegistrationStatus,
  VersionStatus,
} from '../api/exchange';
import { APPLICATION_COLOR, applicationStatusLabel } from './application-status';
import { useI18n, useT } from '../i18n';

const ORDER_COLOR: Record<OrderStatus, string> = {
  draft: 'default',
  submitted: 'orange',
  sent: 'blue',
  passed: 'green',
  failed: 'red',
};

export function OrderStatusTag({ status }: { status: OrderStatus }) {
  const t = useT();
  return (
    <Tag color={ORDER_COLOR[status]} data-testid="order-status" data-status={status}>
      {t(`orderStatus.${status}`)}
    </Tag>
  );
}

const INVITATION_COLOR: Record<EmployeeStatus, string> = {
  invited: 'orange',
  applied: 'blue',
  issued: 'green',
  declined: 'red',
  pending: 'default',
};

function isEmployeeStatus(status: string): status is EmployeeStatus {
  return Object.hasOwn(INVITATION_COLOR, status);
}

/** An invitation's status (an unknown code from the server is shown as it is). */
export function InvitationStatusTag({ status }: { status: string }) {
  const t = useT();
  if (!isEmployeeStatus(status)) return <Tag data-testid="invitation-status">{status}</Tag>;
  return (
    <Tag color={INVITATION_COLOR[status]} data-testid="invitation-status" data-status={status}>
      {t(`invitationStatus.${status}`)}
    </Tag>
  );
}

/** Labels come from the application machine the server uses (packages/domain). */
export function ApplicationStatusTag({ status }: { status: ApplicationStatus }) {
  const { locale } = useI18n();
  return (
    <Tag color={APPLICATION_COLOR[status]} data-testid="application-status" data-status={status}>
      {applicationStatusLabel(status, locale)}
    </Tag>
  );
}

const REVIEW_COLOR: Record<RegistrationStatus | VersionStatus, string> = {
  pending: 'orange',
  approved: 'green',
  rejected: 'red',
  superseded: 'default',
};

export function ReviewStatusTag({ status }: { status: RegistrationStatus | VersionStatus }) {
  const t = useT();
  return (
    <Tag color={REVIEW_COLOR[status]} data-testid="review-status" data-status={status}>
      {t(`reviewStatus.${status}`)}
    </Tag>
  );
}

const PRODUCT_COLOR: Record<ProductStatus, string> = {
  draft: 'default',
  pending_listing: 'orange',
  listed: 'green',
  rejected: 'red',
  delisted: 'default',
};

export function ProductStatusTag({ status }: { status: ProductStatus }) {
  const t = useT();
  return (
    <Tag color={PRODUCT_COLOR[status]} data-testid="product-status" data-status={status}>
      {t(`productStatus.${status}`)}
    </Tag>
  );
}

/** The brochure's light markdown: `#` headings, `-` bullets, blank-line paragraphs. No HTML. */
export function Brochure({ text }: { text: string }) {
  const blocks = text.split(/\n\s*\n/).filter((b) => b.trim());
  return (
    <div data-testid="product-brochure">
      {blocks.map((block, index) => {
        const lines = block.split('\n');
        const heading = /^(#{1,4})\s+(.*)$/.exec(lines[0] ?? '');
        const rest = heading ? lines.slice(1) : lines;
        const bullets = rest.length > 0 && rest.every((l) => /^\s*[-*]\s+/.test(l));
        let body: ReactNode = null;
        if (bullets) {
          body = (
            <ul>
              {rest.map((l, i) => (
                <li key={i}>{l.replace(/^\s*[-*]\s+/, '')}</li>
              ))}
            </ul>
          );
        } else if (rest.length) {
          body = <Typography.Paragraph>{rest.join(' ')}</Typography.Paragraph>;
        }
        return (
          <Fragment key={index}>
            {heading ? (
              <Typography.Title level={Math.min(5, (heading[1] ?? '#').length + 2) as 3 | 4 | 5}>
                {heading[2] ?? ''}
              </Typography.Title>
            ) : null}
            {body}
          </Fragment>
        );
      })}
    </div>
  );
}
