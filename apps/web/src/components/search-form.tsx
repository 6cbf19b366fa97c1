import { Children, useState, type ReactNode } from 'react';
import { Button, Card, Col, Flex, Form, Grid, Row } from 'antd';
import { DownOutlined, SearchOutlined, UndoOutlined, UpOutlined } from '@ant-design/icons';
import { useT } from '../i18n';

/**
 * The search form above a list (ProTable style): fields in a responsive grid, then 查询 and 重置.
 * Empty values are dropped before `onSearch`.
 */
export function SearchForm<T extends object>({
  children,
  onSearch,
  initialValues,
  transform,
}: {
  children: ReactNode;
  onSearch: (values: T) => void;
  initialValues?: Partial<T>;
  /** Turns raw form values (e.g. date ranges) into the search object. */
  transform?: (values: Record<string, unknown>) => T;
}) {
  const t = useT();
  const [form] = Form.useForm();
  const allFields = Children.toArray(children);
  // On phones only the first condition shows until the user asks for more (ProTable's collapse).
  const isPhone = !Grid.useBreakpoint().sm;
  const [expanded, setExpanded] = useState(false);
  const collapsible = isPhone && allFields.length > 1;
  const fields = collapsible && !expanded ? allFields.slice(0, 1) : allFields;
  // Four fields per row on wide screens; the buttons take the rest of the last row.
  const leftover = fields.length % 4;
  const sharesRow = leftover !== 0;
  const buttonSpan = sharesRow ? (4 - leftover) * 6 : 24;

  const submit = (values: Record<string, unknown>) => {
    const clean: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(values)) {
      if (value === undefined || value === null || value === '') continue;
      clean[key] = typeof value === 'string' ? value.trim() : value;
    }
    onSearch(transform ? transform(clean) : (clean as T));
  };

  return (
    <Card style={{ marginBottom: 16 }} styles={{ body: { paddingBottom: 0 } }}>
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={initialValues}
        data-testid="search-form"
      >
        <Row gutter={16}>
          {fields.map((child, index) => (
            <Col xs={24} sm={12} lg={6} key={index}>
              {child}
            </Col>
          ))}
          <Col xs={24} sm={sharesRow ? 12 : 24} lg={buttonSpan}>
            {/* A blank label aligns the buttons with the inputs when they share a row. */}
            <Form.Item label={sharesRow && !isPhone ? ' ' : undefined} colon={false}>
              <Flex gap={8} wrap justify={sharesRow && !isPhone ? 'flex-start' : 'flex-end'}>
                <Button
                  type="primary"
                  htmlType="submit"
                  icon={<SearchOutlined />}
                  data-testid="search-submit"
                >
                  {t('common.search')}
                </Button>
                <Button
                  icon={<UndoOutlined />}
                  onClick={() => {
                    form.resetFields();
                    submit(form.getFieldsValue(true) as Record<string, unknown>);
                  }}
                >
                  {t('common.reset')}
                </Button>
                {collapsible ? (
                  <Button
                    type="link"
                    icon={expanded ? <UpOutlined /> : <DownOutlined />}
                    iconPlacement="end"
                    onClick={() => setExpanded((v) => !v)}
                    data-testid="search-toggle"
                  >
                    {expanded ? t('common.collapse') : t('common.moreFilters')}
                  </Button>
                ) : null}
              </Flex>
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Card>
  );
}
