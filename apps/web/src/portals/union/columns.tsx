import type { ColumnsType } from 'antd/es/table';
import type { Translate } from '../../i18n';

/**
 * The columns every union list shows of a member's cover, in the seed's order: 会员编号, 姓名,
 * 身份证号 (masked), 产品名称, 份数 (rows with memberNo, name, idNumberMasked, productName, copies).
 */
export function memberCoverColumns<T extends object>(t: Translate): ColumnsType<T> {
  return [
    { title: t('union.members.memberNo'), dataIndex: 'memberNo', key: 'memberNo' },
    { title: t('union.members.name'), dataIndex: 'name', key: 'name' },
    { title: t('union.members.idNumber'), dataIndex: 'idNumberMasked', key: 'id' },
    { title: t('union.apps.product'), dataIndex: 'productName', key: 'product' },
    { title: t('union.apps.copies'), dataIndex: 'copies', key: 'copies', align: 'right' },
  ];
}
