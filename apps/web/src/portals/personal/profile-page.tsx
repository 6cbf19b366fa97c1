import { useMemo } from 'react';
import {
  App as AntApp,
  Button,
  Card,
  Col,
  Descriptions,
  Form,
  Input,
  InputNumber,
  Radio,
  Row,
  Select,
  Typography,
} from 'antd';
import { validateEmail, validateMobile } from '@policyhub/domain';
import { useUpdateProfile, type ProfileInput } from '../../api/me';
import { useCurrentUser } from '../../components/guards';
import { PageContainer } from '../../components/page';
import { ruleReason, useI18n } from '../../i18n';
import { idFactsOf, personalInput } from './identity';

/** Occupation classes 1–6 of the Chinese insurers' occupational classification table. */
const JOB_CATEGORIES = ['1', '2', '3', '4', '5', '6'] as const;

type Values = {
  displayName: string;
  gender?: 'M' | 'F';
  age?: number;
  jobCategory?: string;
  address?: string;
  mobile?: string;
  email?: string;
};

function isMasked(value: string | null | undefined): boolean {
  return !value || value.includes('*');
}

/**
 * 我的信息: name, gender, age, job category, address, phone, e-mail (EX-6). Birth date, gender and
 * age that the ID gives are shown read-only, not asked.
 */
export default function ProfilePage() {
  const { t, locale } = useI18n();
  const me = useCurrentUser();
  const facts = idFactsOf(me.profile);
  const { message } = AntApp.useApp();
  const update = useUpdateProfile();
  const [form] = Form.useForm<Values>();

  const initialValues = useMemo<Values>(
    () => ({
      displayName: me.displayName,
      gender: me.profile?.gender ?? undefined,
      age: typeof me.profile?.age === 'number' ? me.profile.age : undefined,
      jobCategory: me.profile?.jobCategory ?? undefined,
      address: me.profile?.address ?? undefined,
      // Masked values are not editable text; the field is for a new value only.
      email: isMasked(me.email) ? undefined : (me.email ?? undefined),
    }),
    [me],
  );

  const onFinish = (values: Values) => {
    const input: ProfileInput = personalInput(values, facts);
    if (values.mobile?.trim()) {
      const mobile = validateMobile(values.mobile);
      if (mobile.ok) input.mobile = mobile.value;
    }
    if (values.email?.trim()) {
      const email = validateEmail(values.email);
      if (email.ok) input.email = email.value;
    }
    update.mutate(input, {
      onSuccess: () => {
        void message.success(t('profile.saved'));
        form.setFieldValue('mobile', undefined);
      },
    });
  };

  const optional = (validate: typeof validateMobile) => ({
    validator: async (_rule: unknown, value: string | undefined) => {
      if (!value || !value.trim()) return;
      const reason = ruleReason(validate(value), locale, t);
      if (reason) throw new Error(reason);
    },
  });

  return (
    <PageContainer title={t('menu.profile')} subtitle={t('menuDesc.profile')} testId="page-profile">
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={9}>
          <Card title={t('profile.account')} size="small">
            <Descriptions
              column={1}
              size="small"
              items={[
                { key: 'username', label: t('user.username'), children: me.username },
                { key: 'role', label: t('user.role'), children: t(`role.${me.role}`) },
                { key: 'org', label: t('user.org'), children: me.org?.name ?? t('common.noOrg') },
                {
                  key: 'mobile',
                  label: t('profile.currentMobile'),
                  children: me.mobileMasked ?? t('common.none'),
                },
                { key: 'email', label: t('profile.currentEmail'), children: me.email ?? t('common.none') },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} lg={15}>
          <Card title={t('profile.edit')} size="small">
            <Form<Values>
              form={form}
              layout="vertical"
              initialValues={initialValues}
              onFinish={onFinish}
              data-testid="profile-form"
            >
              <Row gutter={16}>
                <Col xs={24} md={12}>
                  <Form.Item
                    name="displayName"
                    label={t('profile.name')}
                    rules={[{ required: true, whitespace: true, message: t('user.displayNameRequired') }]}
                  >
                    <Input id="profile-name" data-testid="profile-name" maxLength={50} />
                  </Form.Item>
                </Col>
                {facts ? (
                  <Col xs={24}>
                    <Descriptions
                      bordered
                      size="small"
                      column={{ xs: 1, md: 2 }}
                      style={{ marginBottom: 8 }}
                      data-testid="profile-id-facts"
                      items={[
                        {
                          key: 'id',
                          label: t('profile.idNumber'),
                          children: <span className="ph-mono">{facts.idNumberMasked ?? ''}</span>,
                        },
                        {
                          key: 'birthDate',
                          label: t('profile.birthDate'),
                          children: <span data-testid="profile-birth-date">{facts.birthDate}</span>,
                        },
                        {
                          key: 'gender',
                          label: t('profile.gender'),
                          children: (
                            <span data-testid="profile-gender-fixed">{t(`gender.${facts.gender}`)}</span>
                          ),
                        },
                        {
                          key: 'age',
                          label: t('profile.age'),
                          children: (
                            <span data-testid="profile-age-fixed">
                              {t('profile.ageYears', { age: facts.age })}
                            </span>
                          ),
                        },
                      ]}
                    />
                    <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
                      {t('profile.fromIdHint')}
                    </Typography.Paragraph>
                  </Col>
                ) : (
                  <>
                    <Col xs={24} md={12}>
                      <Form.Item name="gender" label={t('profile.gender')}>
                        <Radio.Group
                          data-testid="profile-gender"
                          options={[
                            { value: 'M', label: t('gender.M') },
                            { value: 'F', label: t('gender.F') },
                          ]}
                        />
                      </Form.Item>
                    </Col>
                    <Col xs={24} md={12}>
                      <Form.Item name="age" label={t('profile.age')}>
                        <InputNumber
                          id="profile-age"
                          data-testid="profile-age"
                          min={0}
                          max={120}
                          precision={0}
                          style={{ width: '100%' }}
                        />
                      </Form.Item>
                    </Col>
                  </>
                )}
                <Col xs={24} md={12}>
                  <Form.Item name="jobCategory" label={t('profile.jobCategory')}>
                    <Select
                      data-testid="profile-job-category"
                      allowClear
                      placeholder={t('common.select')}
                      options={JOB_CATEGORIES.map((value) => ({ value, label: t(`jobCategory.${value}`) }))}
                    />
                  </Form.Item>
                </Col>
                <Col xs={24}>
                  <Form.Item name="address" label={t('profile.address')}>
                    <Input id="profile-address" data-testid="profile-address" maxLength={200} />
                  </Form.Item>
                </Col>
                <Col xs={24} md={12}>
                  <Form.Item
                    name="mobile"
                    label={t('profile.newMobile')}
                    extra={t('profile.newMobileHint')}
                    rules={[optional(validateMobile)]}
                  >
                    <Input id="profile-mobile" data-testid="profile-mobile" inputMode="tel" maxLength={20} />
                  </Form.Item>
                </Col>
                <Col xs={24} md={12}>
                  <Form.Item name="email" label={t('profile.email')} rules={[optional(validateEmail)]}>
                    <Input id="profile-email" data-testid="profile-email" inputMode="email" maxLength={254} />
                  </Form.Item>
                </Col>
              </Row>
              <Button
                type="primary"
                htmlType="submit"
                loading={update.isPending}
                data-testid="profile-submit"
                block={false}
              >
                {t('common.save')}
              </Button>
            </Form>
          </Card>
        </Col>
      </Row>
    </PageContainer>
  );
}
