import { useState } from 'react';
import { Card, Table, type TableProps } from 'antd';
import { useT } from '../i18n';

/** Page and page size of a server-paged list (a new search goes back with `setPage(1)`). */
export function usePaging(initialPageSize = 20) {
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(initialPageSize);
  return { page, pageSize, setPage, setPageSize };
}

export type Paging = ReturnType<typeof usePaging>;

type PagedTableProps<T> = Omit<TableProps<T>, 'dataSource' | 'pagination' | 'loading'> & {
  paging: Paging;
  /** One page of the list as the server answers it. */
  data: { items: T[]; total: number } | undefined;
  loading: boolean;
};

/** A server-paged table in a flush card: the list pages of the admin and task screens. */
export function PagedTable<T extends object>({ paging, data, loading, ...table }: PagedTableProps<T>) {
  const t = useT();
  return (
    <Card styles={{ body: { padding: 0 } }}>
      <Table<T>
        {...table}
        dataSource={data?.items ?? []}
        loading={loading}
        pagination={{
          current: paging.page,
          pageSize: paging.pageSize,
          total: data?.total ?? 0,
          showSizeChanger: true,
          showTotal: (total) => t('common.total', { total }),
          onChange: (page, size) => {
            paging.setPage(page);
            paging.setPageSize(size);
          },
        }}
      />
    </Card>
  );
}
