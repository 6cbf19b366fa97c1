// Generated from the server's OpenAPI description by `npm run api:types` (scripts/api-types.mjs). Do not edit: CI (`npm run api:check`) fails when it drifts.
export interface paths {
  '/api/admin/archive': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 电子档案列表 */
    get: operations['getAdminArchive'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin/archive/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** 删除已过保存期限的单证（未到期限或保全中拒绝） */
    delete: operations['deleteAdminArchiveById'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin/archive/{id}/legal-hold': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 设置或解除诉讼保全（保全期间不得删除） */
    post: operations['postAdminArchiveByIdLegalHold'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin/archive/verify': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 档案完整性校验（后台任务）：重算每个文件的哈希并重新校验每个签名；进度与结果见 GET /api/tasks/{taskId} */
    post: operations['postAdminArchiveVerify'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin/audit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 审计日志查询（操作前缀、操作人、对象、时间范围；最新在前） */
    get: operations['getAdminAudit'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin/audit/verify': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 校验审计日志哈希链（报告第一处被篡改或删除的记录） */
    post: operations['postAdminAuditVerify'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin/disclosures': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 信息披露管理：披露文件列表 */
    get: operations['getAdminDisclosures'];
    put?: never;
    /** 发布信息披露文件（multipart：productId、title、publishedAt、file = PDF） */
    post: operations['postAdminDisclosures'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin/disclosures/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** 撤回信息披露文件 */
    delete: operations['deleteAdminDisclosuresById'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin/keys': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 密钥与证书列表 */
    get: operations['getAdminKeys'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin/keys/{id}/revoke': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 吊销证书（写入 CRL 与验真吊销列表） */
    post: operations['postAdminKeysByIdRevoke'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin/keys/rotate': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 轮换保险公司签章密钥（旧密钥停用但仍可验证） */
    post: operations['postAdminKeysRotate'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin/messages': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 消息中心（短信、邮件发件箱；收件人脱敏） */
    get: operations['getAdminMessages'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin/orders': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 投保处理列表 */
    get: operations['getAdminOrders'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin/orders/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 投保处理详情（企业信息、扫描件、名单脱敏、处理记录） */
    get: operations['getAdminOrdersById'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin/orders/{id}/employees': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 员工投保情况 */
    get: operations['getAdminOrdersByIdEmployees'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin/orders/{id}/result': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 录入预核保结果（通过：投保期、团体邀请码；未通过：原因） */
    post: operations['postAdminOrdersByIdResult'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin/orders/{id}/roster': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 下载投保人员清单（完整证件号，访问记入审计） */
    get: operations['getAdminOrdersByIdRoster'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin/orders/{id}/send': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 发送保险公司（邮件附资料，或接口） */
    post: operations['postAdminOrdersByIdSend'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin/orgs': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 机构列表（本机构及下级） */
    get: operations['getAdminOrgs'];
    put?: never;
    /** 创建下级机构 */
    post: operations['postAdminOrgs'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin/pending-work': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 待办数量：待审核注册、待审核挂牌与变更、各状态订单（管理中心首页） */
    get: operations['getAdminPendingWork'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin/product-listings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 挂牌交易审核 / 挂牌变更审核：待审核的产品版本 */
    get: operations['getAdminProductListings'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin/product-listings/{versionId}/approve': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 审核通过（首次挂牌或挂牌变更；变更只影响此后的新订单） */
    post: operations['postAdminProductListingsByVersionIdApprove'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin/product-listings/{versionId}/clauses': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 待审核版本的条款 PDF */
    get: operations['getAdminProductListingsByVersionIdClauses'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin/product-listings/{versionId}/reject': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 审核不通过（填写原因） */
    post: operations['postAdminProductListingsByVersionIdReject'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin/products': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 产品发布管理：全部产品 */
    get: operations['getAdminProducts'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin/products/{id}/publish': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 发布产品（在产品展示中可见） */
    post: operations['postAdminProductsByIdPublish'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin/products/{id}/unpublish': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 下架产品（取消发布） */
    post: operations['postAdminProductsByIdUnpublish'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin/registrations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 注册登记审核列表 */
    get: operations['getAdminRegistrations'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin/registrations/{id}/approve': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 审核通过（邮件通知申请人） */
    post: operations['postAdminRegistrationsByIdApprove'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin/registrations/{id}/reject': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 驳回（原因邮件通知申请人） */
    post: operations['postAdminRegistrationsByIdReject'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin/stats': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 查询统计：按产品、保险公司、企业或月份的邀请、投保、出单、保费与转化率 */
    get: operations['getAdminStats'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin/stats/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 导出查询统计（Excel） */
    get: operations['getAdminStatsExport'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin/users': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 用户列表（脱敏） */
    get: operations['getAdminUsers'];
    put?: never;
    /** 创建用户（初始密码短信发送，首次登录须修改） */
    post: operations['postAdminUsers'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin/users/{id}/disable': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 停用用户（立即结束其会话） */
    post: operations['postAdminUsersByIdDisable'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin/users/{id}/enable': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 启用用户 */
    post: operations['postAdminUsersByIdEnable'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin/users/{id}/reset-password': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 重置密码（新初始密码短信发送） */
    post: operations['postAdminUsersByIdResetPassword'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin/users/{id}/reveal': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 查看完整个人信息（留痕审计） */
    post: operations['postAdminUsersByIdReveal'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin/users/{id}/unlock': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 解除登录锁定 */
    post: operations['postAdminUsersByIdUnlock'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/approvals': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 审批记录：某一审批对象的审批申请及其审批时间线（无权查看或尚无申请时为空） */
    get: operations['getApprovals'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/approvals/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 审批申请详情及审批时间线（谁、何时、何种操作、原因） */
    get: operations['getApprovalsById'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/captcha': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 获取图形验证码（测试模式下同时返回答案） */
    get: operations['getAuthCaptcha'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/login': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 用户名 + 密码 + 图形验证码登录 */
    post: operations['postAuthLogin'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/logout': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 退出登录 */
    post: operations['postAuthLogout'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/password': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 修改密码（首次登录或重置后必须修改） */
    post: operations['postAuthPassword'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/sms/send': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 重新发送登录短信验证码 */
    post: operations['postAuthSmsSend'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/sms/verify': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 校验登录短信验证码（第二因素） */
    post: operations['postAuthSmsVerify'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/documents/{id}/download': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 下载单证（投保人本人、保单所属机构或承保保险公司范围内；留痕审计） */
    get: operations['getDocumentsByIdDownload'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/documents/{id}/email': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 把单证作为邮件附件发送（经消息发件箱） */
    post: operations['postDocumentsByIdEmail'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/enterprise/order-defaults': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 新订单的企业基本信息预填值（上次订单 + 注册信息；仅本企业） */
    get: operations['getEnterpriseOrderDefaults'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/enterprise/orders': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 本企业的待处理订单 */
    get: operations['getEnterpriseOrders'];
    put?: never;
    /** 选择产品，生成待处理订单 */
    post: operations['postEnterpriseOrders'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/enterprise/orders/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 订单详情（名单脱敏） */
    get: operations['getEnterpriseOrdersById'];
    /** 保存企业基本信息（草稿） */
    put: operations['putEnterpriseOrdersById'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/enterprise/orders/{id}/employees': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 员工投保情况（已投保 / 未投保） */
    get: operations['getEnterpriseOrdersByIdEmployees'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/enterprise/orders/{id}/remind': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 短信提醒未投保的员工（每订单每小时一次） */
    post: operations['postEnterpriseOrdersByIdRemind'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/enterprise/orders/{id}/scans/{kind}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * 上传扫描件（licence 营业执照 / orgCode 组织机构代码证 / taxCert 税务登记证；PDF、PNG、JPEG）
     * @description multipart/form-data，字段 file。
     */
    post: operations['postEnterpriseOrdersByIdScansByKind'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/enterprise/orders/{id}/submit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 提交（待预核保） */
    post: operations['postEnterpriseOrdersByIdSubmit'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/files/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 下载文件（本人或数据范围内机构的文件） */
    get: operations['getFilesById'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/health': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 健康检查（含数据库连通） */
    get: operations['getHealth'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/imports': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 我的导入记录 */
    get: operations['getImports'];
    put?: never;
    /**
     * 上传并业务校验（只记录校验结果，不写业务数据）
     * @description multipart/form-data，字段 file 为 .xlsx 文件；查询参数 template 为模板名，其余为模板参数（如 orgId）。
     */
    post: operations['postImports'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/imports/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 导入记录与校验问题 */
    get: operations['getImportsById'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/imports/{id}/execute': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 业务办理（后台任务；须校验通过且无错误行） */
    post: operations['postImportsByIdExecute'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/imports/{id}/result': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 下载办理结果（失败行及失败原因） */
    get: operations['getImportsByIdResult'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/imports/templates': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 可用的导入模板 */
    get: operations['getImportsTemplates'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/imports/templates/{name}/download': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 下载导入模板（含示例行与填写说明） */
    get: operations['getImportsTemplatesByNameDownload'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/insurer-api/v1/applications': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 本公司的投保申请（可按状态筛选；供轮询） */
    get: operations['getInsurerApiV1Applications'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/insurer-api/v1/applications/{applicationNo}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 查询一笔投保申请 */
    get: operations['getInsurerApiV1ApplicationsByApplicationNo'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/insurer-api/v1/applications/{applicationNo}/decision': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 核保结论：accept 承保 / decline 拒保（须说明原因）/ manual 转人工核保 */
    post: operations['postInsurerApiV1ApplicationsByApplicationNoDecision'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/insurer-api/v1/applications/{applicationNo}/policy': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 出单：生成保单与签章电子保单（税优识别码须符合产品配置的格式） */
    post: operations['postInsurerApiV1ApplicationsByApplicationNoPolicy'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/insurer-api/v1/orders/{orderNo}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 查询发送给本公司的投保订单（含人员清单） */
    get: operations['getInsurerApiV1OrdersByOrderNo'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/insurer-api/v1/orders/{orderNo}/pre-underwriting': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 回传预核保结果（通过：投保期间、团体邀请码；不通过：原因） */
    post: operations['postInsurerApiV1OrdersByOrderNoPreUnderwriting'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/insurer-api/v1/policies/{policyNo}/changes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 保单变更（批改）：记录批单并签发电子批单 */
    post: operations['postInsurerApiV1PoliciesByPolicyNoChanges'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/insurer-api/v1/quotes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 报价：按产品版本费率表（年龄段 × 性别）计算年保费（只读，无需 Idempotency-Key） */
    post: operations['postInsurerApiV1Quotes'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/insurer/api-keys': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 本公司的接口密钥（不含密钥明文） */
    get: operations['getInsurerApiKeys'];
    put?: never;
    /** 创建接口密钥（secret 只显示这一次，请妥善保存） */
    post: operations['postInsurerApiKeys'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/insurer/api-keys/{id}/revoke': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 停用接口密钥 */
    post: operations['postInsurerApiKeysByIdRevoke'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/insurer/applications': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 本公司收到的个人投保申请（待核保、人工核保、已出单…） */
    get: operations['getInsurerApplications'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/insurer/applications/{applicationNo}/decision': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 录入核保结论（承保 / 拒保并说明原因 / 转人工核保） */
    post: operations['postInsurerApplicationsByApplicationNoDecision'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/insurer/applications/{applicationNo}/policy': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 出单（填写税优识别码），生成保单与签章电子保单 */
    post: operations['postInsurerApplicationsByApplicationNoPolicy'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/insurer/orders': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 投保案件（已发送本保险公司的企业投保） */
    get: operations['getInsurerOrders'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/insurer/orders/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 投保案件详情（企业信息、名单脱敏、处理记录）；他公司的案件 404 */
    get: operations['getInsurerOrdersById'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/insurer/orders/{id}/pre-underwriting': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 保险公司经办录入预核保结果（与接口回传相同的校验与审计；他公司的案件 404） */
    post: operations['postInsurerOrdersByIdPreUnderwriting'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/insurer/products': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 本公司的产品及各版本 */
    get: operations['getInsurerProducts'];
    put?: never;
    /** 提交产品挂牌申请（multipart：data = { code, name, content } 的 JSON，file = 条款 PDF） */
    post: operations['postInsurerProducts'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/insurer/products/{id}/versions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 提交挂牌变更（multipart：data = content 的 JSON，file = 新条款 PDF，可省略） */
    post: operations['postInsurerProductsByIdVersions'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/insurers/{orgId}/document-settings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 保险公司单证设置：客服电话与 Logo（平台管理员或该保险公司） */
    get: operations['getInsurersByOrgIdDocumentSettings'];
    /** 修改保险公司单证设置（客服电话仅数字和短横线；Logo 为 PNG/JPEG，≤ 200 KB） */
    put: operations['putInsurersByOrgIdDocumentSettings'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/me': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 当前用户 */
    get: operations['getMe'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/me/bank-cards': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 我的银行卡（脱敏） */
    get: operations['getMeBankCards'];
    put?: never;
    /** 添加银行卡（加密存储；Luhn 校验不通过仅提示） */
    post: operations['postMeBankCards'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/me/bank-cards/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** 删除银行卡 */
    delete: operations['deleteMeBankCardsById'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/me/documents': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 我的保单：本人作为投保人的保单单证 */
    get: operations['getMeDocuments'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/me/policies': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 我的保单（含电子保单下载） */
    get: operations['getMePolicies'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/me/profile': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** 修改我的信息 */
    put: operations['putMeProfile'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/personal/applications': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 我的投保申请 */
    get: operations['getPersonalApplications'];
    put?: never;
    /** 提交投保申请（本人银行卡、健康告知、同意自动扣款）→ 保险公司核保、出单 */
    post: operations['postPersonalApplications'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/personal/applications/{applicationNo}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 一笔投保申请的核保结果（出单后含保单与电子保单下载；结果页轮询至出单或拒保） */
    get: operations['getPersonalApplicationsByApplicationNo'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/personal/applications/quote': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 保费试算（按年龄段与性别，来自产品费率表）及税前扣除限额 */
    post: operations['postPersonalApplicationsQuote'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/personal/invitations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 待处理订单（单位为我投保的税优健康险） */
    get: operations['getPersonalInvitations'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/public/disclosures/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 信息披露文件 PDF */
    get: operations['getPublicDisclosuresById'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/public/documents/{id}/status': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 二维码落地页：单证与保单当前状态（仅状态，个人信息脱敏） */
    get: operations['getPublicDocumentsByIdStatus'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/public/enterprise-registrations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * 企业注册（待交易所审核）
     * @description 图形验证码取自 GET /api/auth/captcha。统一社会信用代码与（组织机构代码 + 营业执照注册号 + 税务登记证号）二选一。
     */
    post: operations['postPublicEnterpriseRegistrations'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/public/products': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 产品展示：已挂牌且已发布的税优健康险产品 */
    get: operations['getPublicProducts'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/public/products/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 产品详情：产品介绍、条款、信息披露、投保方式 */
    get: operations['getPublicProductsById'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/public/products/{id}/clauses': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 产品条款 PDF（页面内查看，可下载） */
    get: operations['getPublicProductsByIdClauses'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/public/query': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 保单查询：保单号 + 证件类型与号码 + 图形验证码（留痕审计，结果脱敏） */
    post: operations['postPublicQuery'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/public/query/captcha': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 保单查询图形验证码（测试模式下同时返回答案） */
    get: operations['getPublicQueryCaptcha'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/public/query/documents/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 下载查询结果中列出的单证（凭查询凭证，15 分钟内有效） */
    get: operations['getPublicQueryDocumentsById'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/public/verify': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * 电子保单验真：上传 PDF，校验签名、是否被篡改、是否本平台签发及保单当前状态
     * @description multipart/form-data，字段 file 为 PDF（≤ 20 MB）。
     */
    post: operations['postPublicVerify'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/tasks': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 我的任务（本人发起的后台任务，最新在前） */
    get: operations['getTasks'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/tasks/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 任务详情（进度、结果） */
    get: operations['getTasksById'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/union/application-plans': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 互助保障计划（产品名称） */
    get: operations['getUnionApplicationPlans'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/union/applications': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 投保管理：查询 */
    get: operations['getUnionApplications'];
    put?: never;
    /**
     * 【添加】逐个投保（新建）
     * @description MA-5 每种不能投保的原因：409 APPLICATION_REFUSED，message 为中文原因，details.refusal = { code, message, fix }；超龄为 AGE_OVER_NEEDS_APPROVAL（warning），确认后以 overAgeConfirmed 再提交。
     */
    post: operations['postUnionApplications'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/union/applications/{applicationNo}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** 修改投保申请（仅新建或打回） */
    put: operations['putUnionApplicationsByApplicationNo'];
    post?: never;
    /** 删除投保申请（仅新建或打回） */
    delete: operations['deleteUnionApplicationsByApplicationNo'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/union/applications/batch-delete': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 【批量删除】当前查询结果中新建、打回的申请（须输入「全部删除」） */
    post: operations['postUnionApplicationsBatchDelete'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/union/applications/change-effective-date': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 【修改预期生效时间】当前查询结果中的新建申请 */
    post: operations['postUnionApplicationsChangeEffectiveDate'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/union/applications/for-members': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 新会员投保（所选财务确认会员） */
    post: operations['postUnionApplicationsForMembers'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/union/applications/renew': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 【批量续转】上一保障期间的会员 → 新建申请 */
    post: operations['postUnionApplicationsRenew'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/union/applications/submit-search': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 【当前查询结果上报】新建、打回 → 上报 */
    post: operations['postUnionApplicationsSubmitSearch'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/union/applications/summary': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 【汇总金额】当前查询结果的金额与人数 */
    get: operations['getUnionApplicationsSummary'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/union/claims': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 理赔记录 */
    get: operations['getUnionClaims'];
    put?: never;
    /** 理赔登记（代办处/总会；赔付金额以元填写，精确到分） */
    post: operations['postUnionClaims'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/union/expiring-policies': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 即将到期保单：所选月份内保险止期到期的互助保障保单（数据范围内） */
    get: operations['getUnionExpiringPolicies'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/union/expiring-policies/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 即将到期保单【批量导出打印】（Excel；身份证号脱敏） */
    get: operations['getUnionExpiringPoliciesExport'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/union/member-changes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 会员变更【保存】（新建） */
    post: operations['postUnionMemberChanges'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/union/member-changes/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** 修改会员变更申请（新建或打回时） */
    put: operations['putUnionMemberChangesById'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/union/member-lookup': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * 按会员编号或身份证号带出会员信息（本单位）
     * @description 失败时 409 APPLICATION_REFUSED，details.refusal 给出原因代码与处理方法（fix）。
     */
    get: operations['getUnionMemberLookup'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/union/member-query': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 会员信息查询（按会员编号、姓名或身份证号；本单位/所辖单位内；证件号脱敏） */
    get: operations['getUnionMemberQuery'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/union/member-requests': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 会员变更/调入调出申请列表（按状态） */
    get: operations['getUnionMemberRequests'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/union/member-requests/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 会员变更/调入调出申请详情 */
    get: operations['getUnionMemberRequestsById'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/union/member-requests/{id}/approve': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 审核通过（总会通过后变更/调动生效） */
    post: operations['postUnionMemberRequestsByIdApprove'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/union/member-requests/{id}/return': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 打回（须填写原因） */
    post: operations['postUnionMemberRequestsByIdReturn'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/union/member-requests/{id}/submit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 【上报】（代办处审核 → 总会审批） */
    post: operations['postUnionMemberRequestsByIdSubmit'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/union/members': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 入会管理：会员列表（数据范围内；身份证号、手机号脱敏） */
    get: operations['getUnionMembers'];
    put?: never;
    /** 【添加】会员（新建） */
    post: operations['postUnionMembers'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/union/members/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** 修改会员（仅新建或打回） */
    put: operations['putUnionMembersById'];
    post?: never;
    /** 【删除】会员（仅新建或打回） */
    delete: operations['deleteUnionMembersById'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/union/members/{id}/history': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 会员详情：投保历史与理赔历史 */
    get: operations['getUnionMembersByIdHistory'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/union/members/{id}/reveal': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 查看会员完整证件号与手机号（留痕审计） */
    post: operations['postUnionMembersByIdReveal'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/union/members/confirm-search': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 财务确认：当前查询中上报的会员全部确认（代办处、总会） */
    post: operations['postUnionMembersConfirmSearch'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/union/members/delete-search': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 【全部删除】：当前查询中新建的会员全部删除（须输入“全部删除”确认） */
    post: operations['postUnionMembersDeleteSearch'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/union/members/over-age-files': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * 上传超龄参保证明（代办处同意的文件，PDF 或图片）
     * @description multipart/form-data，字段 file。
     */
    post: operations['postUnionMembersOverAgeFiles'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/union/members/return-search': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 【当前查询结果打回】：当前查询中上报的会员打回基层工会（须填写原因） */
    post: operations['postUnionMembersReturnSearch'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/union/members/submit-search': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 【当前查询结果上报】：当前查询中新建、打回的会员全部上报 */
    post: operations['postUnionMembersSubmitSearch'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/union/plans': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 互助保障计划（理赔登记选择） */
    get: operations['getUnionPlans'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/union/receipts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 已开具的收据 */
    get: operations['getUnionReceipts'];
    put?: never;
    /** 开具收据：为基层单位已上报的投保保费开具电子收据（签章 PDF；每笔投保只开具一次） */
    post: operations['postUnionReceipts'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/union/submissions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 投保管理（代办处 / 总会）：基层单位上报的投保信息，按状态、产品名称、当前单位编号查询 */
    get: operations['getUnionSubmissions'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/union/submissions/confirm-search': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 财务确认：当前查询结果（代办处已上报）确认，后台签发保单与电子保障凭证（打印生效） */
    post: operations['postUnionSubmissionsConfirmSearch'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/union/submissions/pass-search': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 【当前查询结果上报】代办处把当前查询结果（上报）上报总会财务确认 */
    post: operations['postUnionSubmissionsPassSearch'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/union/submissions/return-search': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 【当前查询结果打回】把当前查询结果打回基层单位（须填写打回原因） */
    post: operations['postUnionSubmissionsReturnSearch'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/union/submissions/totals': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 【汇总金额】当前查询结果的金额与人数 */
    get: operations['getUnionSubmissionsTotals'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/union/terminable-policies': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 创建保单终止申请 →【搜索】：本单位（范围内）保单状态为打印生效的互助保障保单 */
    get: operations['getUnionTerminablePolicies'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/union/terminations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 保单提前终止申请列表（按状态与保单条件；数据范围内） */
    get: operations['getUnionTerminations'];
    put?: never;
    /** 【终止保单】：为勾选的打印生效保单创建保单提前终止申请（新建；终止日期、终止原因；每张保单仅一条未完成申请） */
    post: operations['postUnionTerminations'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/union/terminations/decide': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 代办处审核 / 总会审批：通过（总会通过后保单于终止日期二十四时终止并签发电子批单）或打回（须填原因） */
    post: operations['postUnionTerminationsDecide'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/union/terminations/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 【批量导出打印】：勾选申请的保单提前终止申请表（每条一份签章 PDF，返回下载链接） */
    post: operations['postUnionTerminationsExport'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/union/terminations/submit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 【提交保单申请】：勾选的新建或打回申请上报代办处（审批链 基层工会 → 代办处 → 总会） */
    post: operations['postUnionTerminationsSubmit'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/union/transfers': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 【提交新建申请】（调入单位创建） */
    post: operations['postUnionTransfers'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/union/transfers/candidate': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 调入调出【查找】：他单位会员（仅显示所在单位与脱敏姓名） */
    get: operations['getUnionTransfersCandidate'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    ErrorBody: {
      code: string;
      details?: unknown;
      message: string;
    };
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  getAdminArchive: {
    parameters: {
      query?: {
        kind?: 'policy' | 'endorsement' | 'application' | 'termination' | 'reconciliation' | 'receipt';
        page?: number;
        pageSize?: number;
        policyNo?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              documentNo: string;
              id: string;
              issuedAt: string;
              /** @enum {string} */
              kind: 'policy' | 'endorsement' | 'application' | 'termination' | 'reconciliation' | 'receipt';
              legalHold: boolean;
              legalHoldReason: string | null;
              policyNo: string | null;
              retentionUntil: string;
              sha256: string;
              size: number;
              specimen: boolean;
            }[];
            page: number;
            pageSize: number;
            total: number;
          };
        };
      };
      /** @description 请求参数有误（VALIDATION_FAILED 等），message 为中文说明，details 列出字段 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 未登录或会话已过期（UNAUTHENTICATED） */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 无权访问或登录步骤未完成（FORBIDDEN、SESSION_STAGE、PASSWORD_CHANGE_REQUIRED） */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  deleteAdminArchiveById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            ok: true;
          };
        };
      };
      /** @description 请求参数有误（VALIDATION_FAILED 等），message 为中文说明，details 列出字段 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 未登录或会话已过期（UNAUTHENTICATED） */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 无权访问或登录步骤未完成（FORBIDDEN、SESSION_STAGE、PASSWORD_CHANGE_REQUIRED）；CSRF 令牌缺失或不符（CSRF_FAILED） */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 记录不存在（NOT_FOUND） */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  postAdminArchiveByIdLegalHold: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          hold: boolean;
          reason: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            documentNo: string;
            id: string;
            issuedAt: string;
            /** @enum {string} */
            kind: 'policy' | 'endorsement' | 'application' | 'termination' | 'reconciliation' | 'receipt';
            legalHold: boolean;
            legalHoldReason: string | null;
            policyNo: string | null;
            retentionUntil: string;
            sha256: string;
            size: number;
            specimen: boolean;
          };
        };
      };
      /** @description 请求参数有误（VALIDATION_FAILED 等），message 为中文说明，details 列出字段 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 未登录或会话已过期（UNAUTHENTICATED） */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 无权访问或登录步骤未完成（FORBIDDEN、SESSION_STAGE、PASSWORD_CHANGE_REQUIRED）；CSRF 令牌缺失或不符（CSRF_FAILED） */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 记录不存在（NOT_FOUND） */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  postAdminArchiveVerify: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            taskId: string;
          };
        };
      };
      /** @description 请求参数有误（VALIDATION_FAILED 等），message 为中文说明，details 列出字段 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 未登录或会话已过期（UNAUTHENTICATED） */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 无权访问或登录步骤未完成（FORBIDDEN、SESSION_STAGE、PASSWORD_CHANGE_REQUIRED）；CSRF 令牌缺失或不符（CSRF_FAILED） */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  getAdminAudit: {
    parameters: {
      query?: {
        action?: string;
        actor?: string;
        entityId?: string;
        entityType?: string;
        from?: string;
        page?: number;
        pageSize?: number;
        to?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              action: string;
              actorName: string | null;
              actorUserId: string | null;
              at: string;
              detail: {
                [key: string]: unknown;
              };
              entityId: string | null;
              entityType: string | null;
              ip: string | null;
              seq: number;
            }[];
            page: number;
            pageSize: number;
            total: number;
          };
        };
      };
      /** @description 请求参数有误（VALIDATION_FAILED 等），message 为中文说明，details 列出字段 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 未登录或会话已过期（UNAUTHENTICATED） */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 无权访问或登录步骤未完成（FORBIDDEN、SESSION_STAGE、PASSWORD_CHANGE_REQUIRED） */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  postAdminAuditVerify: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            brokenAtSeq?: number;
            ok: boolean;
            reason?: string;
            rows: number;
          };
        };
      };
      /** @description 请求参数有误（VALIDATION_FAILED 等），message 为中文说明，details 列出字段 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 未登录或会话已过期（UNAUTHENTICATED） */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 无权访问或登录步骤未完成（FORBIDDEN、SESSION_STAGE、PASSWORD_CHANGE_REQUIRED）；CSRF 令牌缺失或不符（CSRF_FAILED） */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  getAdminDisclosures: {
    parameters: {
      query?: {
        productId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              productId: string;
              publishedAt: string;
              title: string;
              url: string;
            }[];
          };
        };
      };
      /** @description 请求参数有误（VALIDATION_FAILED 等），message 为中文说明，details 列出字段 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 未登录或会话已过期（UNAUTHENTICATED） */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 无权访问或登录步骤未完成（FORBIDDEN、SESSION_STAGE、PASSWORD_CHANGE_REQUIRED） */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  postAdminDisclosures: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            productId: string;
            publishedAt: string;
            title: string;
            url: string;
          };
        };
      };
      /** @description 请求参数有误（VALIDATION_FAILED 等），message 为中文说明，details 列出字段 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 未登录或会话已过期（UNAUTHENTICATED） */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 无权访问或登录步骤未完成（FORBIDDEN、SESSION_STAGE、PASSWORD_CHANGE_REQUIRED）；CSRF 令牌缺失或不符（CSRF_FAILED） */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  deleteAdminDisclosuresById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            ok: true;
          };
        };
      };
      /** @description 请求参数有误（VALIDATION_FAILED 等），message 为中文说明，details 列出字段 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 未登录或会话已过期（UNAUTHENTICATED） */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 无权访问或登录步骤未完成（FORBIDDEN、SESSION_STAGE、PASSWORD_CHANGE_REQUIRED）；CSRF 令牌缺失或不符（CSRF_FAILED） */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 记录不存在（NOT_FOUND） */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  getAdminKeys: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              /** @enum {string} */
              algorithm: 'RSA-2048' | 'ECDSA-P256' | 'SM2';
              documentsSigned: number;
              id: string;
              insurerName: string | null;
              insurerOrgId: string | null;
              /** @enum {string} */
              kind: 'ca' | 'signing' | 'tsa';
              notAfter: string;
              notBefore: string;
              revocationReason: string | null;
              revokedAt: string | null;
              serial: string;
              /** @enum {string} */
              source: 'generated' | 'imported';
              /** @enum {string} */
              status: 'active' | 'retired' | 'revoked';
              subject: string;
            }[];
          };
        };
      };
      /** @description 请求参数有误（VALIDATION_FAILED 等），message 为中文说明，details 列出字段 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 未登录或会话已过期（UNAUTHENTICATED） */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 无权访问或登录步骤未完成（FORBIDDEN、SESSION_STAGE、PASSWORD_CHANGE_REQUIRED） */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  postAdminKeysByIdRevoke: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          reason: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            algorithm: 'RSA-2048' | 'ECDSA-P256' | 'SM2';
            documentsSigned: number;
            id: string;
            insurerName: string | null;
            insurerOrgId: string | null;
            /** @enum {string} */
            kind: 'ca' | 'signing' | 'tsa';
            notAfter: string;
            notBefore: string;
            revocationReason: string | null;
            revokedAt: string | null;
            serial: string;
            /** @enum {string} */
            source: 'generated' | 'imported';
            /** @enum {string} */
            status: 'active' | 'retired' | 'revoked';
            subject: string;
          };
        };
      };
      /** @description 请求参数有误（VALIDATION_FAILED 等），message 为中文说明，details 列出字段 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 未登录或会话已过期（UNAUTHENTICATED） */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 无权访问或登录步骤未完成（FORBIDDEN、SESSION_STAGE、PASSWORD_CHANGE_REQUIRED）；CSRF 令牌缺失或不符（CSRF_FAILED） */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 记录不存在（NOT_FOUND） */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  postAdminKeysRotate: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @enum {string} */
          algorithm?: 'RSA-2048' | 'ECDSA-P256' | 'SM2';
          /** Format: uuid */
          insurerOrgId: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            algorithm: 'RSA-2048' | 'ECDSA-P256' | 'SM2';
            documentsSigned: number;
            id: string;
            insurerName: string | null;
            insurerOrgId: string | null;
            /** @enum {string} */
            kind: 'ca' | 'signing' | 'tsa';
            notAfter: string;
            notBefore: string;
            revocationReason: string | null;
            revokedAt: string | null;
            serial: string;
            /** @enum {string} */
            source: 'generated' | 'imported';
            /** @enum {string} */
            status: 'active' | 'retired' | 'revoked';
            subject: string;
          };
        };
      };
      /** @description 请求参数有误（VALIDATION_FAILED 等），message 为中文说明，details 列出字段 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 未登录或会话已过期（UNAUTHENTICATED） */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 无权访问或登录步骤未完成（FORBIDDEN、SESSION_STAGE、PASSWORD_CHANGE_REQUIRED）；CSRF 令牌缺失或不符（CSRF_FAILED） */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  getAdminMessages: {
    parameters: {
      query?: {
        channel?: 'sms' | 'email';
        page?: number;
        pageSize?: number;
        recipient?: string;
        status?: 'pending' | 'sending' | 'sent' | 'dead';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              attempts: number;
              body: string;
              /** @enum {string} */
              channel: 'sms' | 'email';
              createdAt: string;
              id: string;
              lastError: string | null;
              recipientMasked: string;
              sentAt: string | null;
              /** @enum {string} */
              status: 'pending' | 'sending' | 'sent' | 'dead';
              subject: string | null;
              template: string;
            }[];
            page: number;
            pageSize: number;
            total: number;
          };
        };
      };
      /** @description 请求参数有误（VALIDATION_FAILED 等），message 为中文说明，details 列出字段 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 未登录或会话已过期（UNAUTHENTICATED） */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 无权访问或登录步骤未完成（FORBIDDEN、SESSION_STAGE、PASSWORD_CHANGE_REQUIRED） */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  getAdminOrders: {
    parameters: {
      query?: {
        company?: string;
        /** @description 申请日期起（北京时间） */
        from?: string;
        page?: number;
        pageSize?: number;
        /** @description draft 待提交 / submitted 待预核保 / sent 已发送保险公司 / passed 预核保通过 / failed 预核保未通过 */
        status?: 'draft' | 'submitted' | 'sent' | 'passed' | 'failed';
        /** @description 申请日期止（含） */
        to?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              createdAt: string;
              enterpriseName: string;
              failReason: string | null;
              /** Format: uuid */
              id: string;
              insurerName: string;
              orderNo: string;
              /** Format: uuid */
              productId: string;
              productName: string;
              rosterCount: number;
              sentAt: string | null;
              /**
               * @description draft 待提交 / submitted 待预核保 / sent 已发送保险公司 / passed 预核保通过 / failed 预核保未通过
               * @enum {string}
               */
              status: 'draft' | 'submitted' | 'sent' | 'passed' | 'failed';
              submittedAt: string | null;
              windowEnd: string | null;
              windowStart: string | null;
            }[];
            page: number;
            pageSize: number;
            total: number;
          };
        };
      };
      /** @description 请求参数有误（VALIDATION_FAILED 等），message 为中文说明，details 列出字段 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 未登录或会话已过期（UNAUTHENTICATED） */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 无权访问或登录步骤未完成（FORBIDDEN、SESSION_STAGE、PASSWORD_CHANGE_REQUIRED） */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  getAdminOrdersById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            company: {
              address?: string;
              contactName?: string;
              contactPhone?: string;
              email?: string;
              industry?: string;
              licenceNo?: string;
              name?: string;
              /** @default  */
              orgCode: string;
              /** @enum {string} */
              size?: '50人以下' | '50-299人' | '300-999人' | '1000人及以上';
              taxNo?: string;
            } | null;
            createdAt: string;
            decidedAt: string | null;
            enterpriseName: string;
            /** Format: uuid */
            enterpriseOrgId: string;
            failReason: string | null;
            /** @description 上传的文件（原文件名；下载 /api/files/:id，仅本企业与平台可下载） */
            files: {
              licence: {
                /** Format: uuid */
                id: string;
                name: string;
              } | null;
              orgCode: {
                /** Format: uuid */
                id: string;
                name: string;
              } | null;
              roster: {
                /** Format: uuid */
                id: string;
                name: string;
              } | null;
              taxCert: {
                /** Format: uuid */
                id: string;
                name: string;
              } | null;
            };
            history: {
              action: string;
              actorName: string | null;
              at: string;
              detail: {
                [key: string]: unknown;
              };
            }[];
            /** Format: uuid */
            id: string;
            insurerName: string;
            /** Format: uuid */
            insurerOrgId: string;
            invitationCode: string | null;
            /** @description 开通账号任务（我的任务中可见进度） */
            inviteTaskId: string | null;
            orderNo: string;
            /** Format: uuid */
            productId: string;
            productName: string;
            /** Format: uuid */
            productVersionId: string;
            remarks: string | null;
            /** @description 前 500 行（脱敏） */
            roster: {
              birthDate: string | null;
              extra: {
                [key: string]: string;
              };
              gender: string | null;
              idNumberMasked: string;
              idType: string;
              mobileMasked: string;
              name: string;
              rowNo: number;
            }[];
            rosterCount: number;
            /** @description 文件编号，下载 /api/files/:id */
            scans: {
              licence: string | null;
              orgCode: string | null;
              taxCert: string | null;
            };
            sentAt: string | null;
            sentVia: ('email' | 'api') | null;
            /**
             * @description draft 待提交 / submitted 待预核保 / sent 已发送保险公司 / passed 预核保通过 / failed 预核保未通过
             * @enum {string}
             */
            status: 'draft' | 'submitted' | 'sent' | 'passed' | 'failed';
            submittedAt: string | null;
            windowEnd: string | null;
            windowStart: string | null;
          };
        };
      };
      /** @description 请求参数有误（VALIDATION_FAILED 等），message 为中文说明，details 列出字段 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 未登录或会话已过期（UNAUTHENTICATED） */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 无权访问或登录步骤未完成（FORBIDDEN、SESSION_STAGE、PASSWORD_CHANGE_REQUIRED） */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 记录不存在（NOT_FOUND） */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  getAdminOrdersByIdEmployees: {
    parameters: {
      query?: {
        page?: number;
        pageSize?: number;
        status?: 'invited' | 'applied' | 'issued' | 'declined' | 'pending';
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              mobileMasked: string;
              name: string;
              remindedAt: string | null;
              rowNo: number;
              /**
               * @description pending 账号开通中 / invited 未投保 / applied 已投保 / issued 已出单 / declined 未通过
               * @enum {string}
               */
              status: 'invited' | 'applied' | 'issued' | 'declined' | 'pending';
            }[];
            page: number;
            pageSize: number;
            summary: {
              applied: number;
              declined: number;
              invited: number;
              issued: number;
              total: number;
            };
            total: number;
          };
        };
      };
      /** @description 请求参数有误（VALIDATION_FAILED 等），message 为中文说明，details 列出字段 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 未登录或会话已过期（UNAUTHENTICATED） */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 无权访问或登录步骤未完成（FORBIDDEN、SESSION_STAGE、PASSWORD_CHANGE_REQUIRED） */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 记录不存在（NOT_FOUND） */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  postAdminOrdersByIdResult: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json':
          | {
              invitationCode: string;
              /** @enum {boolean} */
              passed: true;
              remarks?: string | null;
              windowEnd: string;
              windowStart: string;
            }
          | {
              /** @enum {boolean} */
              passed: false;
              reason: string;
            };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            orderId: string;
            /** @enum {string} */
            status: 'passed' | 'failed';
            taskId: string | null;
          };
        };
      };
      /** @description 请求参数有误（VALIDATION_FAILED 等），message 为中文说明，details 列出字段 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 未登录或会话已过期（UNAUTHENTICATED） */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 无权访问或登录步骤未完成（FORBIDDEN、SESSION_STAGE、PASSWORD_CHANGE_REQUIRED）；CSRF 令牌缺失或不符（CSRF_FAILED） */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 记录不存在（NOT_FOUND） */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  getAdminOrdersByIdRoster: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 人员清单 Excel（二进制，Content-Disposition: attachment） */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': unknown;
        };
      };
      /** @description 请求参数有误（VALIDATION_FAILED 等），message 为中文说明，details 列出字段 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 未登录或会话已过期（UNAUTHENTICATED） */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 无权访问或登录步骤未完成（FORBIDDEN、SESSION_STAGE、PASSWORD_CHANGE_REQUIRED） */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 记录不存在（NOT_FOUND） */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  postAdminOrdersByIdSend: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @enum {string} */
          via: 'email' | 'api';
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            company: {
              address?: string;
              contactName?: string;
              contactPhone?: string;
              email?: string;
              industry?: string;
              licenceNo?: string;
              name?: string;
              /** @default  */
              orgCode: string;
              /** @enum {string} */
              size?: '50人以下' | '50-299人' | '300-999人' | '1000人及以上';
              taxNo?: string;
            } | null;
            createdAt: string;
            decidedAt: string | null;
            enterpriseName: string;
            /** Format: uuid */
            enterpriseOrgId: string;
            failReason: string | null;
            /** Format: uuid */
            id: string;
            insurerName: string;
            /** Format: uuid */
            insurerOrgId: string;
            invitationCode: string | null;
            /** @description 开通账号任务（我的任务中可见进度） */
            inviteTaskId: string | null;
            orderNo: string;
            /** Format: uuid */
            productId: string;
            productName: string;
            /** Format: uuid */
            productVersionId: string;
            remarks: string | null;
            rosterCount: number;
            /** @description 文件编号，下载 /api/files/:id */
            scans: {
              licence: string | null;
              orgCode: string | null;
              taxCert: string | null;
            };
            sentAt: string | null;
            sentVia: ('email' | 'api') | null;
            /**
             * @description draft 待提交 / submitted 待预核保 / sent 已发送保险公司 / passed 预核保通过 / failed 预核保未通过
             * @enum {string}
             */
            status: 'draft' | 'submitted' | 'sent' | 'passed' | 'failed';
            submittedAt: string | null;
            windowEnd: string | null;
            windowStart: string | null;
          };
        };
      };
      /** @description 请求参数有误（VALIDATION_FAILED 等），message 为中文说明，details 列出字段 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 未登录或会话已过期（UNAUTHENTICATED） */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 无权访问或登录步骤未完成（FORBIDDEN、SESSION_STAGE、PASSWORD_CHANGE_REQUIRED）；CSRF 令牌缺失或不符（CSRF_FAILED） */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 记录不存在（NOT_FOUND） */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  getAdminOrgs: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              code: string | null;
              depth: number;
              id: string;
              name: string;
              parentId: string | null;
              path: string;
              /** @enum {string} */
              status: 'active' | 'pending' | 'rejected' | 'disabled';
              /** @enum {string} */
              type:
                | 'platform'
                | 'insurer'
                | 'insurer_branch'
                | 'enterprise'
                | 'union_hq'
                | 'union_agency'
                | 'union_base'
                | 'travel_agency';
            }[];
          };
        };
      };
      /** @description 请求参数有误（VALIDATION_FAILED 等），message 为中文说明，details 列出字段 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 未登录或会话已过期（UNAUTHENTICATED） */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 无权访问或登录步骤未完成（FORBIDDEN、SESSION_STAGE、PASSWORD_CHANGE_REQUIRED） */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  postAdminOrgs: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          code?: string | null;
          name: string;
          /** Format: uuid */
          parentId: string;
          /** @enum {string} */
          type:
            | 'platform'
            | 'insurer'
            | 'insurer_branch'
            | 'enterprise'
            | 'union_hq'
            | 'union_agency'
            | 'union_base'
            | 'travel_agency';
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string | null;
            depth: number;
            id: string;
            name: string;
            parentId: string | null;
            path: string;
            /** @enum {string} */
            status: 'active' | 'pending' | 'rejected' | 'disabled';
            /** @enum {string} */
            type:
              | 'platform'
              | 'insurer'
              | 'insurer_branch'
              | 'enterprise'
              | 'union_hq'
              | 'union_agency'
              | 'union_base'
              | 'travel_agency';
            warnings: string[];
          };
        };
      };
      /** @description 请求参数有误（VALIDATION_FAILED 等），message 为中文说明，details 列出字段 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 未登录或会话已过期（UNAUTHENTICATED） */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 无权访问或登录步骤未完成（FORBIDDEN、SESSION_STAGE、PASSWORD_CHANGE_REQUIRED）；CSRF 令牌缺失或不符（CSRF_FAILED） */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  getAdminPendingWork: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description 挂牌变更审核：待审核的挂牌变更 */
            listingChangesPending: number;
            /** @description 挂牌交易审核：待审核的首次挂牌 */
            listingsPending: number;
            /** @description 投保处理：各状态的订单数 */
            orders: {
              draft: number;
              failed: number;
              passed: number;
              sent: number;
              submitted: number;
            };
            /** @description 注册登记审核：待审核的企业注册 */
            registrationsPending: number;
          };
        };
      };
      /** @description 请求参数有误（VALIDATION_FAILED 等），message 为中文说明，details 列出字段 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 未登录或会话已过期（UNAUTHENTICATED） */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 无权访问或登录步骤未完成（FORBIDDEN、SESSION_STAGE、PASSWORD_CHANGE_REQUIRED） */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  getAdminProductListings: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              clausesUrl: string | null;
              content: {
                [key: string]: unknown;
              };
              insurerName: string;
              /** @enum {string} */
              kind: 'listing' | 'change';
              productCode: string;
              /** Format: uuid */
              productId: string;
              productName: string;
              /** @enum {string} */
              status: 'pending' | 'approved' | 'rejected' | 'superseded';
              submittedAt: string;
              version: number;
              /** Format: uuid */
              versionId: string;
            }[];
          };
        };
      };
      /** @description 请求参数有误（VALIDATION_FAILED 等），message 为中文说明，details 列出字段 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 未登录或会话已过期（UNAUTHENTICATED） */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 无权访问或登录步骤未完成（FORBIDDEN、SESSION_STAGE、PASSWORD_CHANGE_REQUIRED） */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  postAdminProductListingsByVersionIdApprove: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        versionId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            createdAt: string;
            currentVersionId: string | null;
            /** Format: uuid */
            id: string;
            insurerName: string;
            /** Format: uuid */
            insurerOrgId: string;
            /** @enum {string} */
            line: 'TAX_HEALTH' | 'MUTUAL_AID' | 'TRAVEL' | 'MOTOR';
            name: string;
            published: boolean;
            /** @enum {string} */
            status: 'draft' | 'pending_listing' | 'listed' | 'rejected' | 'delisted';
          };
        };
      };
      /** @description 请求参数有误（VALIDATION_FAILED 等），message 为中文说明，details 列出字段 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 未登录或会话已过期（UNAUTHENTICATED） */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 无权访问或登录步骤未完成（FORBIDDEN、SESSION_STAGE、PASSWORD_CHANGE_REQUIRED）；CSRF 令牌缺失或不符（CSRF_FAILED） */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 记录不存在（NOT_FOUND） */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  getAdminProductListingsByVersionIdClauses: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        versionId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description PDF 文件（二进制） */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': unknown;
        };
      };
      /** @description 请求参数有误（VALIDATION_FAILED 等），message 为中文说明，details 列出字段 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 未登录或会话已过期（UNAUTHENTICATED） */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 无权访问或登录步骤未完成（FORBIDDEN、SESSION_STAGE、PASSWORD_CHANGE_REQUIRED） */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 记录不存在（NOT_FOUND） */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  postAdminProductListingsByVersionIdReject: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        versionId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          reason: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            createdAt: string;
            currentVersionId: string | null;
            /** Format: uuid */
            id: string;
            insurerName: string;
            /** Format: uuid */
            insurerOrgId: string;
            /** @enum {string} */
            line: 'TAX_HEALTH' | 'MUTUAL_AID' | 'TRAVEL' | 'MOTOR';
            name: string;
            published: boolean;
            /** @enum {string} */
            status: 'draft' | 'pending_listing' | 'listed' | 'rejected' | 'delisted';
          };
        };
      };
      /** @description 请求参数有误（VALIDATION_FAILED 等），message 为中文说明，details 列出字段 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 未登录或会话已过期（UNAUTHENTICATED） */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 无权访问或登录步骤未完成（FORBIDDEN、SESSION_STAGE、PASSWORD_CHANGE_REQUIRED）；CSRF 令牌缺失或不符（CSRF_FAILED） */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 记录不存在（NOT_FOUND） */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  getAdminProducts: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              code: string;
              createdAt: string;
              currentVersionId: string | null;
              /** Format: uuid */
              id: string;
              insurerName: string;
              /** Format: uuid */
              insurerOrgId: string;
              /** @enum {string} */
              line: 'TAX_HEALTH' | 'MUTUAL_AID' | 'TRAVEL' | 'MOTOR';
              name: string;
              published: boolean;
              /** @enum {string} */
              status: 'draft' | 'pending_listing' | 'listed' | 'rejected' | 'delisted';
            }[];
          };
        };
      };
      /** @description 请求参数有误（VALIDATION_FAILED 等），message 为中文说明，details 列出字段 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 未登录或会话已过期（UNAUTHENTICATED） */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 无权访问或登录步骤未完成（FORBIDDEN、SESSION_STAGE、PASSWORD_CHANGE_REQUIRED） */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  postAdminProductsByIdPublish: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            createdAt: string;
            currentVersionId: string | null;
            /** Format: uuid */
            id: string;
            insurerName: string;
            /** Format: uuid */
            insurerOrgId: string;
            /** @enum {string} */
            line: 'TAX_HEALTH' | 'MUTUAL_AID' | 'TRAVEL' | 'MOTOR';
            name: string;
            published: boolean;
            /** @enum {string} */
            status: 'draft' | 'pending_listing' | 'listed' | 'rejected' | 'delisted';
          };
        };
      };
      /** @description 请求参数有误（VALIDATION_FAILED 等），message 为中文说明，details 列出字段 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 未登录或会话已过期（UNAUTHENTICATED） */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 无权访问或登录步骤未完成（FORBIDDEN、SESSION_STAGE、PASSWORD_CHANGE_REQUIRED）；CSRF 令牌缺失或不符（CSRF_FAILED） */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 记录不存在（NOT_FOUND） */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  postAdminProductsByIdUnpublish: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            createdAt: string;
            currentVersionId: string | null;
            /** Format: uuid */
            id: string;
            insurerName: string;
            /** Format: uuid */
            insurerOrgId: string;
            /** @enum {string} */
            line: 'TAX_HEALTH' | 'MUTUAL_AID' | 'TRAVEL' | 'MOTOR';
            name: string;
            published: boolean;
            /** @enum {string} */
            status: 'draft' | 'pending_listing' | 'listed' | 'rejected' | 'delisted';
          };
        };
      };
      /** @description 请求参数有误（VALIDATION_FAILED 等），message 为中文说明，details 列出字段 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 未登录或会话已过期（UNAUTHENTICATED） */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 无权访问或登录步骤未完成（FORBIDDEN、SESSION_STAGE、PASSWORD_CHANGE_REQUIRED）；CSRF 令牌缺失或不符（CSRF_FAILED） */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 记录不存在（NOT_FOUND） */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  getAdminRegistrations: {
    parameters: {
      query?: {
        page?: number;
        pageSize?: number;
        /** @description pending 待审核 / approved 已通过 / rejected 已驳回 */
        status?: 'pending' | 'approved' | 'rejected';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              companyName: string;
              /** @description 脱敏 */
              contactMobile: string;
              contactName: string;
              createdAt: string;
              creditCode: string | null;
              email: string;
              /** Format: uuid */
              id: string;
              licenceNo: string | null;
              orgCode: string | null;
              /** Format: uuid */
              orgId: string;
              rejectReason: string | null;
              reviewedAt: string | null;
              /**
               * @description pending 待审核 / approved 已通过 / rejected 已驳回
               * @enum {string}
               */
              status: 'pending' | 'approved' | 'rejected';
              taxNo: string | null;
              username: string | null;
            }[];
            page: number;
            pageSize: number;
            total: number;
          };
        };
      };
      /** @description 请求参数有误（VALIDATION_FAILED 等），message 为中文说明，details 列出字段 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 未登录或会话已过期（UNAUTHENTICATED） */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 无权访问或登录步骤未完成（FORBIDDEN、SESSION_STAGE、PASSWORD_CHANGE_REQUIRED） */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  postAdminRegistrationsByIdApprove: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            companyName: string;
            /** @description 脱敏 */
            contactMobile: string;
            contactName: string;
            createdAt: string;
            creditCode: string | null;
            email: string;
            /** Format: uuid */
            id: string;
            licenceNo: string | null;
            orgCode: string | null;
            /** Format: uuid */
            orgId: string;
            rejectReason: string | null;
            reviewedAt: string | null;
            /**
             * @description pending 待审核 / approved 已通过 / rejected 已驳回
             * @enum {string}
             */
            status: 'pending' | 'approved' | 'rejected';
            taxNo: string | null;
            username: string | null;
          };
        };
      };
      /** @description 请求参数有误（VALIDATION_FAILED 等），message 为中文说明，details 列出字段 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 未登录或会话已过期（UNAUTHENTICATED） */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 无权访问或登录步骤未完成（FORBIDDEN、SESSION_STAGE、PASSWORD_CHANGE_REQUIRED）；CSRF 令牌缺失或不符（CSRF_FAILED） */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 记录不存在（NOT_FOUND） */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  postAdminRegistrationsByIdReject: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          reason: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            companyName: string;
            /** @description 脱敏 */
            contactMobile: string;
            contactName: string;
            createdAt: string;
            creditCode: string | null;
            email: string;
            /** Format: uuid */
            id: string;
            licenceNo: string | null;
            orgCode: string | null;
            /** Format: uuid */
            orgId: string;
            rejectReason: string | null;
            reviewedAt: string | null;
            /**
             * @description pending 待审核 / approved 已通过 / rejected 已驳回
             * @enum {string}
             */
            status: 'pending' | 'approved' | 'rejected';
            taxNo: string | null;
            username: string | null;
          };
        };
      };
      /** @description 请求参数有误（VALIDATION_FAILED 等），message 为中文说明，details 列出字段 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 未登录或会话已过期（UNAUTHENTICATED） */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 无权访问或登录步骤未完成（FORBIDDEN、SESSION_STAGE、PASSWORD_CHANGE_REQUIRED）；CSRF 令牌缺失或不符（CSRF_FAILED） */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 记录不存在（NOT_FOUND） */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  getAdminStats: {
    parameters: {
      query?: {
        from?: string;
        groupBy?: 'product' | 'insurer' | 'enterprise' | 'month';
        to?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            groupBy: 'product' | 'insurer' | 'enterprise' | 'month';
            rows: {
              applied: number;
              applyRate: number;
              declined: number;
              invited: number;
              issued: number;
              issueRate: number;
              key: string;
              label: string;
              premiumFen: number;
            }[];
            total: {
              applied: number;
              applyRate: number;
              declined: number;
              invited: number;
              issued: number;
              issueRate: number;
              key: string;
              label: string;
              premiumFen: number;
            };
          };
        };
      };
      /** @description 请求参数有误（VALIDATION_FAILED 等），message 为中文说明，details 列出字段 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 未登录或会话已过期（UNAUTHENTICATED） */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 无权访问或登录步骤未完成（FORBIDDEN、SESSION_STAGE、PASSWORD_CHANGE_REQUIRED） */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  getAdminStatsExport: {
    parameters: {
      query?: {
        from?: string;
        groupBy?: 'product' | 'insurer' | 'enterprise' | 'month';
        to?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description .xlsx */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': unknown;
        };
      };
      /** @description 请求参数有误（VALIDATION_FAILED 等），message 为中文说明，details 列出字段 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 未登录或会话已过期（UNAUTHENTICATED） */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 无权访问或登录步骤未完成（FORBIDDEN、SESSION_STAGE、PASSWORD_CHANGE_REQUIRED） */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  getAdminUsers: {
    parameters: {
      query?: {
        keyword?: string;
        orgId?: string;
        page?: number;
        pageSize?: number;
        role?:
          | 'enterprise_operator'
          | 'individual'
          | 'exchange_admin'
          | 'insurer_staff'
          | 'union_base_operator'
          | 'union_agency_operator'
          | 'union_hq_operator'
          | 'travel_issuer'
          | 'travel_admin'
          | 'security_admin';
        status?: 'active' | 'disabled' | 'pending';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              createdAt: string;
              displayName: string;
              id: string;
              idNumberMasked: string | null;
              lastLoginAt: string | null;
              lockedUntil: string | null;
              mobileMasked: string | null;
              orgId: string | null;
              orgName: string | null;
              /** @enum {string} */
              role:
                | 'enterprise_operator'
                | 'individual'
                | 'exchange_admin'
                | 'insurer_staff'
                | 'union_base_operator'
                | 'union_agency_operator'
                | 'union_hq_operator'
                | 'travel_issuer'
                | 'travel_admin'
                | 'security_admin';
              /** @enum {string} */
              status: 'active' | 'disabled' | 'pending';
              username: string;
            }[];
            page: number;
            pageSize: number;
            total: number;
          };
        };
      };
      /** @description 请求参数有误（VALIDATION_FAILED 等），message 为中文说明，details 列出字段 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 未登录或会话已过期（UNAUTHENTICATED） */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 无权访问或登录步骤未完成（FORBIDDEN、SESSION_STAGE、PASSWORD_CHANGE_REQUIRED） */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  postAdminUsers: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          displayName: string;
          email?: string | null;
          idNumber?: string | null;
          mobile: string;
          orgId: string | null;
          /** @enum {string} */
          role:
            | 'enterprise_operator'
            | 'individual'
            | 'exchange_admin'
            | 'insurer_staff'
            | 'union_base_operator'
            | 'union_agency_operator'
            | 'union_hq_operator'
            | 'travel_issuer'
            | 'travel_admin'
            | 'security_admin';
          username: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            createdAt: string;
            displayName: string;
            id: string;
            idNumberMasked: string | null;
            lastLoginAt: string | null;
            lockedUntil: string | null;
            mobileMasked: string | null;
            orgId: string | null;
            orgName: string | null;
            /** @enum {string} */
            role:
              | 'enterprise_operator'
              | 'individual'
              | 'exchange_admin'
              | 'insurer_staff'
              | 'union_base_operator'
              | 'union_agency_operator'
              | 'union_hq_operator'
              | 'travel_issuer'
              | 'travel_admin'
              | 'security_admin';
            /** @enum {string} */
            status: 'active' | 'disabled' | 'pending';
            username: string;
          };
        };
      };
      /** @description 请求参数有误（VALIDATION_FAILED 等），message 为中文说明，details 列出字段 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 未登录或会话已过期（UNAUTHENTICATED） */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 无权访问或登录步骤未完成（FORBIDDEN、SESSION_STAGE、PASSWORD_CHANGE_REQUIRED）；CSRF 令牌缺失或不符（CSRF_FAILED） */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  postAdminUsersByIdDisable: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            createdAt: string;
            displayName: string;
            id: string;
            idNumberMasked: string | null;
            lastLoginAt: string | null;
            lockedUntil: string | null;
            mobileMasked: string | null;
            orgId: string | null;
            orgName: string | null;
            /** @enum {string} */
            role:
              | 'enterprise_operator'
              | 'individual'
              | 'exchange_admin'
              | 'insurer_staff'
              | 'union_base_operator'
              | 'union_agency_operator'
              | 'union_hq_operator'
              | 'travel_issuer'
              | 'travel_admin'
              | 'security_admin';
            /** @enum {string} */
            status: 'active' | 'disabled' | 'pending';
            username: string;
          };
        };
      };
      /** @description 请求参数有误（VALIDATION_FAILED 等），message 为中文说明，details 列出字段 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 未登录或会话已过期（UNAUTHENTICATED） */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 无权访问或登录步骤未完成（FORBIDDEN、SESSION_STAGE、PASSWORD_CHANGE_REQUIRED）；CSRF 令牌缺失或不符（CSRF_FAILED） */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 记录不存在（NOT_FOUND） */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  postAdminUsersByIdEnable: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            createdAt: string;
            displayName: string;
            id: string;
            idNumberMasked: string | null;
            lastLoginAt: string | null;
            lockedUntil: string | null;
            mobileMasked: string | null;
            orgId: string | null;
            orgName: string | null;
            /** @enum {string} */
            role:
              | 'enterprise_operator'
              | 'individual'
              | 'exchange_admin'
              | 'insurer_staff'
              | 'union_base_operator'
              | 'union_agency_operator'
              | 'union_hq_operator'
              | 'travel_issuer'
              | 'travel_admin'
              | 'security_admin';
            /** @enum {string} */
            status: 'active' | 'disabled' | 'pending';
            username: string;
          };
        };
      };
      /** @description 请求参数有误（VALIDATION_FAILED 等），message 为中文说明，details 列出字段 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 未登录或会话已过期（UNAUTHENTICATED） */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 无权访问或登录步骤未完成（FORBIDDEN、SESSION_STAGE、PASSWORD_CHANGE_REQUIRED）；CSRF 令牌缺失或不符（CSRF_FAILED） */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 记录不存在（NOT_FOUND） */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  postAdminUsersByIdResetPassword: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            ok: true;
          };
        };
      };
      /** @description 请求参数有误（VALIDATION_FAILED 等），message 为中文说明，details 列出字段 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 未登录或会话已过期（UNAUTHENTICATED） */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 无权访问或登录步骤未完成（FORBIDDEN、SESSION_STAGE、PASSWORD_CHANGE_REQUIRED）；CSRF 令牌缺失或不符（CSRF_FAILED） */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 记录不存在（NOT_FOUND） */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  postAdminUsersByIdReveal: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            bankCards: {
              cardNumber: string;
              id: string;
            }[];
            idNumber: string | null;
            mobile: string | null;
          };
        };
      };
      /** @description 请求参数有误（VALIDATION_FAILED 等），message 为中文说明，details 列出字段 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 未登录或会话已过期（UNAUTHENTICATED） */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 无权访问或登录步骤未完成（FORBIDDEN、SESSION_STAGE、PASSWORD_CHANGE_REQUIRED）；CSRF 令牌缺失或不符（CSRF_FAILED） */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 记录不存在（NOT_FOUND） */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  postAdminUsersByIdUnlock: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            createdAt: string;
            displayName: string;
            id: string;
            idNumberMasked: string | null;
            lastLoginAt: string | null;
            lockedUntil: string | null;
            mobileMasked: string | null;
            orgId: string | null;
            orgName: string | null;
            /** @enum {string} */
            role:
              | 'enterprise_operator'
              | 'individual'
              | 'exchange_admin'
              | 'insurer_staff'
              | 'union_base_operator'
              | 'union_agency_operator'
              | 'union_hq_operator'
              | 'travel_issuer'
              | 'travel_admin'
              | 'security_admin';
            /** @enum {string} */
            status: 'active' | 'disabled' | 'pending';
            username: string;
          };
        };
      };
      /** @description 请求参数有误（VALIDATION_FAILED 等），message 为中文说明，details 列出字段 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 未登录或会话已过期（UNAUTHENTICATED） */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 无权访问或登录步骤未完成（FORBIDDEN、SESSION_STAGE、PASSWORD_CHANGE_REQUIRED）；CSRF 令牌缺失或不符（CSRF_FAILED） */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 记录不存在（NOT_FOUND） */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  getApprovals: {
    parameters: {
      query: {
        subjectId: string;
        subjectType: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              chain: string;
              createdAt: string;
              currentLevel: number | null;
              decidedAt: string | null;
              /** Format: uuid */
              id: string;
              levels: {
                key: string;
                label: {
                  en: string;
                  zh: string;
                };
                /** Format: uuid */
                orgId: string;
                orgName: string;
                roles: (
                  | 'enterprise_operator'
                  | 'individual'
                  | 'exchange_admin'
                  | 'insurer_staff'
                  | 'union_base_operator'
                  | 'union_agency_operator'
                  | 'union_hq_operator'
                  | 'travel_issuer'
                  | 'travel_admin'
                  | 'security_admin'
                )[];
              }[];
              line: ('TAX_HEALTH' | 'MUTUAL_AID' | 'TRAVEL' | 'MOTOR') | null;
              /** Format: uuid */
              ownerOrgId: string;
              /** @enum {string} */
              status: 'draft' | 'submitted' | 'returned' | 'approved' | 'rejected';
              steps: {
                /** @enum {string} */
                action: 'submit' | 'resubmit' | 'approve' | 'return' | 'reject';
                actor: {
                  name: string;
                  orgId: string | null;
                  orgName: string | null;
                  role:
                    | (
                        | 'enterprise_operator'
                        | 'individual'
                        | 'exchange_admin'
                        | 'insurer_staff'
                        | 'union_base_operator'
                        | 'union_agency_operator'
                        | 'union_hq_operator'
                        | 'travel_issuer'
                        | 'travel_admin'
                        | 'security_admin'
                      )
                    | null;
                  userId: string | null;
                };
                at: string;
                /** @enum {string} */
                fromStatus: 'draft' | 'submitted' | 'returned' | 'approved' | 'rejected';
                level: number | null;
                reason: string | null;
                seq: number;
                /** @enum {string} */
                toStatus: 'draft' | 'submitted' | 'returned' | 'approved' | 'rejected';
              }[];
              /** Format: uuid */
              subjectId: string;
              subjectType: string;
              updatedAt: string;
            }[];
          };
        };
      };
      /** @description 请求参数有误（VALIDATION_FAILED 等），message 为中文说明，details 列出字段 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 未登录或会话已过期（UNAUTHENTICATED） */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 无权访问或登录步骤未完成（FORBIDDEN、SESSION_STAGE、PASSWORD_CHANGE_REQUIRED） */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  getApprovalsById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            chain: string;
            createdAt: string;
            currentLevel: number | null;
            decidedAt: string | null;
            /** Format: uuid */
            id: string;
            levels: {
              key: string;
              label: {
                en: string;
                zh: string;
              };
              /** Format: uuid */
              orgId: string;
              orgName: string;
              roles: (
                | 'enterprise_operator'
                | 'individual'
                | 'exchange_admin'
                | 'insurer_staff'
                | 'union_base_operator'
                | 'union_agency_operator'
                | 'union_hq_operator'
                | 'travel_issuer'
                | 'travel_admin'
                | 'security_admin'
              )[];
            }[];
            line: ('TAX_HEALTH' | 'MUTUAL_AID' | 'TRAVEL' | 'MOTOR') | null;
            /** Format: uuid */
            ownerOrgId: string;
            /** @enum {string} */
            status: 'draft' | 'submitted' | 'returned' | 'approved' | 'rejected';
            steps: {
              /** @enum {string} */
              action: 'submit' | 'resubmit' | 'approve' | 'return' | 'reject';
              actor: {
                name: string;
                orgId: string | null;
                orgName: string | null;
                role:
                  | (
                      | 'enterprise_operator'
                      | 'individual'
                      | 'exchange_admin'
                      | 'insurer_staff'
                      | 'union_base_operator'
                      | 'union_agency_operator'
                      | 'union_hq_operator'
                      | 'travel_issuer'
                      | 'travel_admin'
                      | 'security_admin'
                    )
                  | null;
                userId: string | null;
              };
              at: string;
              /** @enum {string} */
              fromStatus: 'draft' | 'submitted' | 'returned' | 'approved' | 'rejected';
              level: number | null;
              reason: string | null;
              seq: number;
              /** @enum {string} */
              toStatus: 'draft' | 'submitted' | 'returned' | 'approved' | 'rejected';
            }[];
            /** Format: uuid */
            subjectId: string;
            subjectType: string;
            updatedAt: string;
          };
        };
      };
      /** @description 请求参数有误（VALIDATION_FAILED 等），message 为中文说明，details 列出字段 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 未登录或会话已过期（UNAUTHENTICATED） */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 无权访问或登录步骤未完成（FORBIDDEN、SESSION_STAGE、PASSWORD_CHANGE_REQUIRED） */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 记录不存在（NOT_FOUND） */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  getAuthCaptcha: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            answer?: string;
            captchaId: string;
            svg: string;
          };
        };
      };
      /** @description 请求参数有误（VALIDATION_FAILED 等），message 为中文说明，details 列出字段 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 操作过于频繁（RATE_LIMITED） */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  postAuthLogin: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          captchaAnswer: string;
          captchaId: string;
          password: string;
          username: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            mobileMasked?: string;
            smsNotice?: string;
            smsResendInSeconds?: number;
            smsSent?: boolean;
            /** @enum {string} */
            stage: 'sms' | 'password' | 'active';
            user: {
              displayName: string;
              email: string | null;
              id: string;
              mobileMasked: string | null;
              org: {
                id: string;
                name: string;
                /** @enum {string} */
                type:
                  | 'platform'
                  | 'insurer'
                  | 'insurer_branch'
                  | 'enterprise'
                  | 'union_hq'
                  | 'union_agency'
                  | 'union_base'
                  | 'travel_agency';
              } | null;
              /** @enum {string} */
              portal: 'enterprise' | 'personal' | 'admin' | 'union' | 'insurer' | 'travel';
              profile: {
                address: string | null;
                /** @description 周岁：证件给出出生日期时按北京时间今天计算，否则为本人填写的年龄 */
                age: number | null;
                /** @description 出生日期（由身份证号读出，或员工名单中登记） */
                birthDate: string | null;
                /** @description 出生日期与性别来自证件（身份证号或员工名单）：只读，“我的信息”与投保页不再询问 */
                fromId: boolean;
                gender: ('M' | 'F') | null;
                idNumberMasked: string | null;
                jobCategory: string | null;
                /** @description 界面语言（页眉中文/EN 切换时保存）：短信与邮件按此语言发送，未设置时为中文 */
                language: ('zh-CN' | 'en-US') | null;
              };
              /** @enum {string} */
              role:
                | 'enterprise_operator'
                | 'individual'
                | 'exchange_admin'
                | 'insurer_staff'
                | 'union_base_operator'
                | 'union_agency_operator'
                | 'union_hq_operator'
                | 'travel_issuer'
                | 'travel_admin'
                | 'security_admin';
              smsRequired: boolean;
              smsTwoFactor: boolean;
              /** @enum {string} */
              stage: 'sms' | 'password' | 'active';
              username: string;
            };
          };
        };
      };
      /** @description 请求参数有误（VALIDATION_FAILED 等），message 为中文说明，details 列出字段 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 操作过于频繁（RATE_LIMITED） */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  postAuthLogout: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            ok: true;
          };
        };
      };
      /** @description 请求参数有误（VALIDATION_FAILED 等），message 为中文说明，details 列出字段 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 未登录或会话已过期（UNAUTHENTICATED） */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 无权访问或登录步骤未完成（FORBIDDEN、SESSION_STAGE、PASSWORD_CHANGE_REQUIRED）；CSRF 令牌缺失或不符（CSRF_FAILED） */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  postAuthPassword: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          newPassword: string;
          oldPassword: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            stage: 'sms' | 'password' | 'active';
          };
        };
      };
      /** @description 请求参数有误（VALIDATION_FAILED 等），message 为中文说明，details 列出字段 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 未登录或会话已过期（UNAUTHENTICATED） */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 无权访问或登录步骤未完成（FORBIDDEN、SESSION_STAGE、PASSWORD_CHANGE_REQUIRED）；CSRF 令牌缺失或不符（CSRF_FAILED） */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 操作过于频繁（RATE_LIMITED） */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  postAuthSmsSend: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            mobileMasked: string;
            /** @enum {boolean} */
            ok: true;
            resendInSeconds: number;
          };
        };
      };
      /** @description 请求参数有误（VALIDATION_FAILED 等），message 为中文说明，details 列出字段 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 未登录或会话已过期（UNAUTHENTICATED） */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 无权访问或登录步骤未完成（FORBIDDEN、SESSION_STAGE、PASSWORD_CHANGE_REQUIRED）；CSRF 令牌缺失或不符（CSRF_FAILED） */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 操作过于频繁（RATE_LIMITED） */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  postAuthSmsVerify: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          code: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            stage: 'sms' | 'password' | 'active';
            user: {
              displayName: string;
              email: string | null;
              id: string;
              mobileMasked: string | null;
              org: {
                id: string;
                name: string;
                /** @enum {string} */
                type:
                  | 'platform'
                  | 'insurer'
                  | 'insurer_branch'
                  | 'enterprise'
                  | 'union_hq'
                  | 'union_agency'
                  | 'union_base'
                  | 'travel_agency';
              } | null;
              /** @enum {string} */
              portal: 'enterprise' | 'personal' | 'admin' | 'union' | 'insurer' | 'travel';
              profile: {
                address: string | null;
                /** @description 周岁：证件给出出生日期时按北京时间今天计算，否则为本人填写的年龄 */
                age: number | null;
                /** @description 出生日期（由身份证号读出，或员工名单中登记） */
                birthDate: string | null;
                /** @description 出生日期与性别来自证件（身份证号或员工名单）：只读，“我的信息”与投保页不再询问 */
                fromId: boolean;
                gender: ('M' | 'F') | null;
                idNumberMasked: string | null;
                jobCategory: string | null;
                /** @description 界面语言（页眉中文/EN 切换时保存）：短信与邮件按此语言发送，未设置时为中文 */
                language: ('zh-CN' | 'en-US') | null;
              };
              /** @enum {string} */
              role:
                | 'enterprise_operator'
                | 'individual'
                | 'exchange_admin'
                | 'insurer_staff'
                | 'union_base_operator'
                | 'union_agency_operator'
                | 'union_hq_operator'
                | 'travel_issuer'
                | 'travel_admin'
                | 'security_admin';
              smsRequired: boolean;
              smsTwoFactor: boolean;
              /** @enum {string} */
              stage: 'sms' | 'password' | 'active';
              username: string;
            };
          };
        };
      };
      /** @description 请求参数有误（VALIDATION_FAILED 等），message 为中文说明，details 列出字段 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 未登录或会话已过期（UNAUTHENTICATED） */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 无权访问或登录步骤未完成（FORBIDDEN、SESSION_STAGE、PASSWORD_CHANGE_REQUIRED）；CSRF 令牌缺失或不符（CSRF_FAILED） */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 操作过于频繁（RATE_LIMITED） */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  getDocumentsByIdDownload: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description PDF 文件（Content-Disposition: attachment） */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': unknown;
        };
      };
      /** @description 请求参数有误（VALIDATION_FAILED 等），message 为中文说明，details 列出字段 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 未登录或会话已过期（UNAUTHENTICATED） */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 无权访问或登录步骤未完成（FORBIDDEN、SESSION_STAGE、PASSWORD_CHANGE_REQUIRED） */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 记录不存在（NOT_FOUND） */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  postDocumentsByIdEmail: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          email: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            ok: true;
          };
        };
      };
      /** @description 请求参数有误（VALIDATION_FAILED 等），message 为中文说明，details 列出字段 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 未登录或会话已过期（UNAUTHENTICATED） */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 无权访问或登录步骤未完成（FORBIDDEN、SESSION_STAGE、PASSWORD_CHANGE_REQUIRED）；CSRF 令牌缺失或不符（CSRF_FAILED） */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 记录不存在（NOT_FOUND） */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 操作过于频繁（RATE_LIMITED） */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  getEnterpriseOrderDefaults: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 本企业新订单的企业基本信息预填值（仅本企业） */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            company: {
              address?: string;
              contactName?: string;
              contactPhone?: string;
              email?: string;
              industry?: string;
              licenceNo?: string;
              name?: string;
              /** @default  */
              orgCode: string;
              /** @enum {string} */
              size?: '50人以下' | '50-299人' | '300-999人' | '1000人及以上';
              taxNo?: string;
            };
            /**
             * @description last_order 上次订单 / registration 注册信息
             * @enum {string}
             */
            source: 'last_order' | 'registration' | 'none';
            sourceOrderNo: string | null;
          };
        };
      };
      /** @description 请求参数有误（VALIDATION_FAILED 等），message 为中文说明，details 列出字段 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 未登录或会话已过期（UNAUTHENTICATED） */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 无权访问或登录步骤未完成（FORBIDDEN、SESSION_STAGE、PASSWORD_CHANGE_REQUIRED） */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  getEnterpriseOrders: {
    parameters: {
      query?: {
        company?: string;
        /** @description 申请日期起（北京时间） */
        from?: string;
        page?: number;
        pageSize?: number;
        /** @description draft 待提交 / submitted 待预核保 / sent 已发送保险公司 / passed 预核保通过 / failed 预核保未通过 */
        status?: 'draft' | 'submitted' | 'sent' | 'passed' | 'failed';
        /** @description 申请日期止（含） */
        to?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              createdAt: string;
              enterpriseName: string;
              failReason: string | null;
              /** Format: uuid */
              id: string;
              insurerName: string;
              orderNo: string;
              /** Format: uuid */
              productId: string;
              productName: string;
              rosterCount: number;
              sentAt: string | null;
              /**
               * @description draft 待提交 / submitted 待预核保 / sent 已发送保险公司 / passed 预核保通过 / failed 预核保未通过
               * @enum {string}
               */
              status: 'draft' | 'submitted' | 'sent' | 'passed' | 'failed';
              submittedAt: string | null;
              windowEnd: string | null;
              windowStart: string | null;
            }[];
            page: number;
            pageSize: number;
            total: number;
          };
        };
      };
      /** @description 请求参数有误（VALIDATION_FAILED 等），message 为中文说明，details 列出字段 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 未登录或会话已过期（UNAUTHENTICATED） */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 无权访问或登录步骤未完成（FORBIDDEN、SESSION_STAGE、PASSWORD_CHANGE_REQUIRED） */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  postEnterpriseOrders: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: uuid */
          productId: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            company: {
              address?: string;
              contactName?: string;
              contactPhone?: string;
              email?: string;
              industry?: string;
              licenceNo?: string;
              name?: string;
              /** @default  */
              orgCode: string;
              /** @enum {string} */
              size?: '50人以下' | '50-299人' | '300-999人' | '1000人及以上';
              taxNo?: string;
            } | null;
            createdAt: string;
            decidedAt: string | null;
            enterpriseName: string;
            /** Format: uuid */
            enterpriseOrgId: string;
            failReason: string | null;
            /** Format: uuid */
            id: string;
            insurerName: string;
            /** Format: uuid */
            insurerOrgId: string;
            invitationCode: string | null;
            /** @description 开通账号任务（我的任务中可见进度） */
            inviteTaskId: string | null;
            orderNo: string;
            /** Format: uuid */
            productId: string;
            productName: string;
            /** Format: uuid */
            productVersionId: string;
            remarks: string | null;
            rosterCount: number;
            /** @description 文件编号，下载 /api/files/:id */
            scans: {
              licence: string | null;
              orgCode: string | null;
              taxCert: string | null;
            };
            sentAt: string | null;
            sentVia: ('email' | 'api') | null;
            /**
             * @description draft 待提交 / submitted 待预核保 / sent 已发送保险公司 / passed 预核保通过 / failed 预核保未通过
             * @enum {string}
             */
            status: 'draft' | 'submitted' | 'sent' | 'passed' | 'failed';
            submittedAt: string | null;
            windowEnd: string | null;
            windowStart: string | null;
          };
        };
      };
      /** @description 请求参数有误（VALIDATION_FAILED 等），message 为中文说明，details 列出字段 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 未登录或会话已过期（UNAUTHENTICATED） */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 无权访问或登录步骤未完成（FORBIDDEN、SESSION_STAGE、PASSWORD_CHANGE_REQUIRED）；CSRF 令牌缺失或不符（CSRF_FAILED） */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  getEnterpriseOrdersById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            company: {
              address?: string;
              contactName?: string;
              contactPhone?: string;
              email?: string;
              industry?: string;
              licenceNo?: string;
              name?: string;
              /** @default  */
              orgCode: string;
              /** @enum {string} */
              size?: '50人以下' | '50-299人' | '300-999人' | '1000人及以上';
              taxNo?: string;
            } | null;
            createdAt: string;
            decidedAt: string | null;
            enterpriseName: string;
            /** Format: uuid */
            enterpriseOrgId: string;
            failReason: string | null;
            /** @description 上传的文件（原文件名；下载 /api/files/:id，仅本企业与平台可下载） */
            files: {
              licence: {
                /** Format: uuid */
                id: string;
                name: string;
              } | null;
              orgCode: {
                /** Format: uuid */
                id: string;
                name: string;
              } | null;
              roster: {
                /** Format: uuid */
                id: string;
                name: string;
              } | null;
              taxCert: {
                /** Format: uuid */
                id: string;
                name: string;
              } | null;
            };
            history: {
              action: string;
              actorName: string | null;
              at: string;
              detail: {
                [key: string]: unknown;
              };
            }[];
            /** Format: uuid */
            id: string;
            insurerName: string;
            /** Format: uuid */
            insurerOrgId: string;
            invitationCode: string | null;
            /** @description 开通账号任务（我的任务中可见进度） */
            inviteTaskId: string | null;
            orderNo: string;
            /** Format: uuid */
            productId: string;
            productName: string;
            /** Format: uuid */
            productVersionId: string;
            remarks: string | null;
            /** @description 前 500 行（脱敏） */
            roster: {
              birthDate: string | null;
              extra: {
                [key: string]: string;
              };
              gender: string | null;
              idNumberMasked: string;
              idType: string;
              mobileMasked: string;
              name: string;
              rowNo: number;
            }[];
            rosterCount: number;
            /** @description 文件编号，下载 /api/files/:id */
            scans: {
              licence: string | null;
              orgCode: string | null;
              taxCert: string | null;
            };
            sentAt: string | null;
            sentVia: ('email' | 'api') | null;
            /**
             * @description draft 待提交 / submitted 待预核保 / sent 已发送保险公司 / passed 预核保通过 / failed 预核保未通过
             * @enum {string}
             */
            status: 'draft' | 'submitted' | 'sent' | 'passed' | 'failed';
            submittedAt: string | null;
            windowEnd: string | null;
            windowStart: string | null;
          };
        };
      };
      /** @description 请求参数有误（VALIDATION_FAILED 等），message 为中文说明，details 列出字段 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 未登录或会话已过期（UNAUTHENTICATED） */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 无权访问或登录步骤未完成（FORBIDDEN、SESSION_STAGE、PASSWORD_CHANGE_REQUIRED） */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 记录不存在（NOT_FOUND） */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  putEnterpriseOrdersById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          address: string;
          contactName: string;
          contactPhone: string;
          email: string;
          industry: string;
          licenceNo: string;
          name: string;
          /** @default  */
          orgCode?: string;
          /** @enum {string} */
          size: '50人以下' | '50-299人' | '300-999人' | '1000人及以上';
          taxNo: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            company: {
              address?: string;
              contactName?: string;
              contactPhone?: string;
              email?: string;
              industry?: string;
              licenceNo?: string;
              name?: string;
              /** @default  */
              orgCode: string;
              /** @enum {string} */
              size?: '50人以下' | '50-299人' | '300-999人' | '1000人及以上';
              taxNo?: string;
            } | null;
            createdAt: string;
            decidedAt: string | null;
            enterpriseName: string;
            /** Format: uuid */
            enterpriseOrgId: string;
            failReason: string | null;
            /** Format: uuid */
            id: string;
            insurerName: string;
            /** Format: uuid */
            insurerOrgId: string;
            invitationCode: string | null;
            /** @description 开通账号任务（我的任务中可见进度） */
            inviteTaskId: string | null;
            orderNo: string;
            /** Format: uuid */
            productId: string;
            productName: string;
            /** Format: uuid */
            productVersionId: string;
            remarks: string | null;
            rosterCount: number;
            /** @description 文件编号，下载 /api/files/:id */
            scans: {
              licence: string | null;
              orgCode: string | null;
              taxCert: string | null;
            };
            sentAt: string | null;
            sentVia: ('email' | 'api') | null;
            /**
             * @description draft 待提交 / submitted 待预核保 / sent 已发送保险公司 / passed 预核保通过 / failed 预核保未通过
             * @enum {string}
             */
            status: 'draft' | 'submitted' | 'sent' | 'passed' | 'failed';
            submittedAt: string | null;
            windowEnd: string | null;
            windowStart: string | null;
          };
        };
      };
      /** @description 请求参数有误（VALIDATION_FAILED 等），message 为中文说明，details 列出字段 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 未登录或会话已过期（UNAUTHENTICATED） */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 无权访问或登录步骤未完成（FORBIDDEN、SESSION_STAGE、PASSWORD_CHANGE_REQUIRED）；CSRF 令牌缺失或不符（CSRF_FAILED） */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 记录不存在（NOT_FOUND） */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  getEnterpriseOrdersByIdEmployees: {
    parameters: {
      query?: {
        page?: number;
        pageSize?: number;
        status?: 'invited' | 'applied' | 'issued' | 'declined' | 'pending';
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              mobileMasked: string;
              name: string;
              remindedAt: string | null;
              rowNo: number;
              /**
               * @description pending 账号开通中 / invited 未投保 / applied 已投保 / issued 已出单 / declined 未通过
               * @enum {string}
               */
              status: 'invited' | 'applied' | 'issued' | 'declined' | 'pending';
            }[];
            page: number;
            pageSize: number;
            summary: {
              applied: number;
              declined: number;
              invited: number;
              issued: number;
              total: number;
            };
            total: number;
          };
        };
      };
      /** @description 请求参数有误（VALIDATION_FAILED 等），message 为中文说明，details 列出字段 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 未登录或会话已过期（UNAUTHENTICATED） */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 无权访问或登录步骤未完成（FORBIDDEN、SESSION_STAGE、PASSWORD_CHANGE_REQUIRED） */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 记录不存在（NOT_FOUND） */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  postEnterpriseOrdersByIdRemind: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            reminded: number;
          };
        };
      };
      /** @description 请求参数有误（VALIDATION_FAILED 等），message 为中文说明，details 列出字段 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 未登录或会话已过期（UNAUTHENTICATED） */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 无权访问或登录步骤未完成（FORBIDDEN、SESSION_STAGE、PASSWORD_CHANGE_REQUIRED）；CSRF 令牌缺失或不符（CSRF_FAILED） */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 记录不存在（NOT_FOUND） */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  postEnterpriseOrdersByIdScansByKind: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        kind: 'licence' | 'orgCode' | 'taxCert';
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            company: {
              address?: string;
              contactName?: string;
              contactPhone?: string;
              email?: string;
              industry?: string;
              licenceNo?: string;
              name?: string;
              /** @default  */
              orgCode: string;
              /** @enum {string} */
              size?: '50人以下' | '50-299人' | '300-999人' | '1000人及以上';
              taxNo?: string;
            } | null;
            createdAt: string;
            decidedAt: string | null;
            enterpriseName: string;
            /** Format: uuid */
            enterpriseOrgId: string;
            failReason: string | null;
            /** Format: uuid */
            id: string;
            insurerName: string;
            /** Format: uuid */
            insurerOrgId: string;
            invitationCode: string | null;
            /** @description 开通账号任务（我的任务中可见进度） */
            inviteTaskId: string | null;
            orderNo: string;
            /** Format: uuid */
            productId: string;
            productName: string;
            /** Format: uuid */
            productVersionId: string;
            remarks: string | null;
            rosterCount: number;
            /** @description 文件编号，下载 /api/files/:id */
            scans: {
              licence: string | null;
              orgCode: string | null;
              taxCert: string | null;
            };
            sentAt: string | null;
            sentVia: ('email' | 'api') | null;
            /**
             * @description draft 待提交 / submitted 待预核保 / sent 已发送保险公司 / passed 预核保通过 / failed 预核保未通过
             * @enum {string}
             */
            status: 'draft' | 'submitted' | 'sent' | 'passed' | 'failed';
            submittedAt: string | null;
            windowEnd: string | null;
            windowStart: string | null;
          };
        };
      };
      /** @description 请求参数有误（VALIDATION_FAILED 等），message 为中文说明，details 列出字段 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 未登录或会话已过期（UNAUTHENTICATED） */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 无权访问或登录步骤未完成（FORBIDDEN、SESSION_STAGE、PASSWORD_CHANGE_REQUIRED）；CSRF 令牌缺失或不符（CSRF_FAILED） */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 记录不存在（NOT_FOUND） */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  postEnterpriseOrdersByIdSubmit: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            company: {
              address?: string;
              contactName?: string;
              contactPhone?: string;
              email?: string;
              industry?: string;
              licenceNo?: string;
              name?: string;
              /** @default  */
              orgCode: string;
              /** @enum {string} */
              size?: '50人以下' | '50-299人' | '300-999人' | '1000人及以上';
              taxNo?: string;
            } | null;
            createdAt: string;
            decidedAt: string | null;
            enterpriseName: string;
            /** Format: uuid */
            enterpriseOrgId: string;
            failReason: string | null;
            /** Format: uuid */
            id: string;
            insurerName: string;
            /** Format: uuid */
            insurerOrgId: string;
            invitationCode: string | null;
            /** @description 开通账号任务（我的任务中可见进度） */
            inviteTaskId: string | null;
            orderNo: string;
            /** Format: uuid */
            productId: string;
            productName: string;
            /** Format: uuid */
            productVersionId: string;
            remarks: string | null;
            rosterCount: number;
            /** @description 文件编号，下载 /api/files/:id */
            scans: {
              licence: string | null;
              orgCode: string | null;
              taxCert: string | null;
            };
            sentAt: string | null;
            sentVia: ('email' | 'api') | null;
            /**
             * @description draft 待提交 / submitted 待预核保 / sent 已发送保险公司 / passed 预核保通过 / failed 预核保未通过
             * @enum {string}
             */
            status: 'draft' | 'submitted' | 'sent' | 'passed' | 'failed';
            submittedAt: string | null;
            windowEnd: string | null;
            windowStart: string | null;
          };
        };
      };
      /** @description 请求参数有误（VALIDATION_FAILED 等），message 为中文说明，details 列出字段 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 未登录或会话已过期（UNAUTHENTICATED） */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 无权访问或登录步骤未完成（FORBIDDEN、SESSION_STAGE、PASSWORD_CHANGE_REQUIRED）；CSRF 令牌缺失或不符（CSRF_FAILED） */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 记录不存在（NOT_FOUND） */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  getFilesById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 文件内容（二进制，Content-Disposition: attachment） */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': unknown;
        };
      };
      /** @description 请求参数有误（VALIDATION_FAILED 等），message 为中文说明，details 列出字段 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 未登录或会话已过期（UNAUTHENTICATED） */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 无权访问或登录步骤未完成（FORBIDDEN、SESSION_STAGE、PASSWORD_CHANGE_REQUIRED） */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 记录不存在（NOT_FOUND） */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  getHealth: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            database: 'pglite' | 'postgres';
            /** @enum {string} */
            status: 'ok';
          };
        };
      };
      /** @description 请求参数有误（VALIDATION_FAILED 等），message 为中文说明，details 列出字段 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  getImports: {
    parameters: {
      query?: {
        page?: number;
        pageSize?: number;
        template?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              createdAt: string;
              errorRows: number;
              failedRows: number;
              fileName: string | null;
              /** Format: uuid */
              id: string;
              orgId: string | null;
              problemCounts: {
                error: number;
                note: number;
                warning: number;
              };
              resultFileId: string | null;
              /**
               * @description validated 校验通过 / invalid 有错误行 / executing 办理中 / done 已办理 / failed 办理中断（可重新办理，已办理的行不会重复）
               * @enum {string}
               */
              status: 'validated' | 'invalid' | 'executing' | 'done' | 'failed';
              succeededRows: number;
              taskId: string | null;
              template: string;
              templateTitle: string;
              totalRows: number;
            }[];
            page: number;
            pageSize: number;
            total: number;
          };
        };
      };
      /** @description 请求参数有误（VALIDATION_FAILED 等），message 为中文说明，details 列出字段 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 未登录或会话已过期（UNAUTHENTICATED） */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 无权访问或登录步骤未完成（FORBIDDEN、SESSION_STAGE、PASSWORD_CHANGE_REQUIRED） */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  postImports: {
    parameters: {
      query: {
        /** @description 导入到的机构（users 模板必填） */
        orgId?: string;
        /** @description 模板名，如 users、roster */
        template: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            createdAt: string;
            errorRows: number;
            failedRows: number;
            fileName: string | null;
            /** Format: uuid */
            id: string;
            orgId: string | null;
            problemCounts: {
              error: number;
              note: number;
              warning: number;
            };
            /** @description 前 1000 条问题（错误优先），完整数量见 problemCounts */
            problems: {
              /** @description 列名 */
              column?: string;
              /**
               * @description error 错误 / warning 提醒 / note 已自动规范
               * @enum {string}
               */
              level: 'error' | 'warning' | 'note';
              message: string;
              /** @description Excel 行号（表头为第 1 行） */
              row: number;
            }[];
            problemsTruncated: boolean;
            resultFileId: string | null;
            /**
             * @description validated 校验通过 / invalid 有错误行 / executing 办理中 / done 已办理 / failed 办理中断（可重新办理，已办理的行不会重复）
             * @enum {string}
             */
            status: 'validated' | 'invalid' | 'executing' | 'done' | 'failed';
            succeededRows: number;
            taskId: string | null;
            template: string;
            templateTitle: string;
            totalRows: number;
          };
        };
      };
      /** @description 请求参数有误（VALIDATION_FAILED 等），message 为中文说明，details 列出字段 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 未登录或会话已过期（UNAUTHENTICATED） */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 无权访问或登录步骤未完成（FORBIDDEN、SESSION_STAGE、PASSWORD_CHANGE_REQUIRED）；CSRF 令牌缺失或不符（CSRF_FAILED） */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  getImportsById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            createdAt: string;
            errorRows: number;
            failedRows: number;
            fileName: string | null;
            /** Format: uuid */
            id: string;
            orgId: string | null;
            problemCounts: {
              error: number;
              note: number;
              warning: number;
            };
            /** @description 前 1000 条问题（错误优先），完整数量见 problemCounts */
            problems: {
              /** @description 列名 */
              column?: string;
              /**
               * @description error 错误 / warning 提醒 / note 已自动规范
               * @enum {string}
               */
              level: 'error' | 'warning' | 'note';
              message: string;
              /** @description Excel 行号（表头为第 1 行） */
              row: number;
            }[];
            problemsTruncated: boolean;
            resultFileId: string | null;
            /**
             * @description validated 校验通过 / invalid 有错误行 / executing 办理中 / done 已办理 / failed 办理中断（可重新办理，已办理的行不会重复）
             * @enum {string}
             */
            status: 'validated' | 'invalid' | 'executing' | 'done' | 'failed';
            succeededRows: number;
            taskId: string | null;
            template: string;
            templateTitle: string;
            totalRows: number;
          };
        };
      };
      /** @description 请求参数有误（VALIDATION_FAILED 等），message 为中文说明，details 列出字段 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 未登录或会话已过期（UNAUTHENTICATED） */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 无权访问或登录步骤未完成（FORBIDDEN、SESSION_STAGE、PASSWORD_CHANGE_REQUIRED） */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 记录不存在（NOT_FOUND） */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  postImportsByIdExecute: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            taskId: string;
          };
        };
      };
      /** @description 请求参数有误（VALIDATION_FAILED 等），message 为中文说明，details 列出字段 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 未登录或会话已过期（UNAUTHENTICATED） */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 无权访问或登录步骤未完成（FORBIDDEN、SESSION_STAGE、PASSWORD_CHANGE_REQUIRED）；CSRF 令牌缺失或不符（CSRF_FAILED） */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 记录不存在（NOT_FOUND） */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  getImportsByIdResult: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Excel 工作簿（.xlsx，Content-Disposition: attachment） */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': unknown;
        };
      };
      /** @description 请求参数有误（VALIDATION_FAILED 等），message 为中文说明，details 列出字段 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 未登录或会话已过期（UNAUTHENTICATED） */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 无权访问或登录步骤未完成（FORBIDDEN、SESSION_STAGE、PASSWORD_CHANGE_REQUIRED） */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 记录不存在（NOT_FOUND） */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  getImportsTemplates: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              columns: {
                choices?: string[];
                example: string;
                header: string;
                key: string;
                required: boolean;
                rule: string | null;
              }[];
              name: string;
              title: string;
            }[];
          };
        };
      };
      /** @description 请求参数有误（VALIDATION_FAILED 等），message 为中文说明，details 列出字段 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 未登录或会话已过期（UNAUTHENTICATED） */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 无权访问或登录步骤未完成（FORBIDDEN、SESSION_STAGE、PASSWORD_CHANGE_REQUIRED） */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  getImportsTemplatesByNameDownload: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        name: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Excel 工作簿（.xlsx，Content-Disposition: attachment） */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': unknown;
        };
      };
      /** @description 请求参数有误（VALIDATION_FAILED 等），message 为中文说明，details 列出字段 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 未登录或会话已过期（UNAUTHENTICATED） */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 无权访问或登录步骤未完成（FORBIDDEN、SESSION_STAGE、PASSWORD_CHANGE_REQUIRED） */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 记录不存在（NOT_FOUND） */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  getInsurerApiV1Applications: {
    parameters: {
      query?: {
        status?:
          | 'draft'
          | 'submitted'
          | 'underwriting'
          | 'manual_review'
          | 'accepted'
          | 'declined'
          | 'paid'
          | 'issued'
          | 'returned'
          | 'cancelled';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              answers: {
                [key: string]: boolean;
              };
              applicant: {
                birthDate: string | null;
                gender: string | null;
                idNumber: string;
                idType: string;
                mobile: string | null;
                name: string;
              };
              applicationNo: string;
              createdAt: string;
              declineReason: string | null;
              insurerRef: string | null;
              policyNo: string | null;
              premiumFen: number;
              productId: string;
              productVersionId: string;
              /** @enum {string} */
              status:
                | 'draft'
                | 'submitted'
                | 'underwriting'
                | 'manual_review'
                | 'accepted'
                | 'declined'
                | 'paid'
                | 'issued'
                | 'returned'
                | 'cancelled';
              year: number;
            }[];
          };
        };
      };
      /** @description 请求参数有误（VALIDATION_FAILED 等），message 为中文说明，details 列出字段 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 接口签名无效、过期或重放（INSURER_SIGNATURE_INVALID） */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  getInsurerApiV1ApplicationsByApplicationNo: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        applicationNo: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            answers: {
              [key: string]: boolean;
            };
            applicant: {
              birthDate: string | null;
              gender: string | null;
              idNumber: string;
              idType: string;
              mobile: string | null;
              name: string;
            };
            applicationNo: string;
            createdAt: string;
            declineReason: string | null;
            insurerRef: string | null;
            policyNo: string | null;
            premiumFen: number;
            productId: string;
            productVersionId: string;
            /** @enum {string} */
            status:
              | 'draft'
              | 'submitted'
              | 'underwriting'
              | 'manual_review'
              | 'accepted'
              | 'declined'
              | 'paid'
              | 'issued'
              | 'returned'
              | 'cancelled';
            year: number;
          };
        };
      };
      /** @description 请求参数有误（VALIDATION_FAILED 等），message 为中文说明，details 列出字段 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 接口签名无效、过期或重放（INSURER_SIGNATURE_INVALID） */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 记录不存在（NOT_FOUND） */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  postInsurerApiV1ApplicationsByApplicationNoDecision: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        applicationNo: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @enum {string} */
          decision: 'accept' | 'decline' | 'manual';
          insurerRef?: string | null;
          reason?: string | null;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            answers: {
              [key: string]: boolean;
            };
            applicant: {
              birthDate: string | null;
              gender: string | null;
              idNumber: string;
              idType: string;
              mobile: string | null;
              name: string;
            };
            applicationNo: string;
            createdAt: string;
            declineReason: string | null;
            insurerRef: string | null;
            policyNo: string | null;
            premiumFen: number;
            productId: string;
            productVersionId: string;
            /** @enum {string} */
            status:
              | 'draft'
              | 'submitted'
              | 'underwriting'
              | 'manual_review'
              | 'accepted'
              | 'declined'
              | 'paid'
              | 'issued'
              | 'returned'
              | 'cancelled';
            year: number;
          };
        };
      };
      /** @description 请求参数有误（VALIDATION_FAILED 等），message 为中文说明，details 列出字段 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 接口签名无效、过期或重放（INSURER_SIGNATURE_INVALID） */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 记录不存在（NOT_FOUND） */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  postInsurerApiV1ApplicationsByApplicationNoPolicy: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        applicationNo: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          insurerRef?: string | null;
          startsOn?: string | null;
          taxCode: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            applicationNo: string;
            documentId: string;
            policyNo: string;
            /** @enum {string} */
            status: 'issued';
          };
        };
      };
      /** @description 请求参数有误（VALIDATION_FAILED 等），message 为中文说明，details 列出字段 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 接口签名无效、过期或重放（INSURER_SIGNATURE_INVALID） */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 记录不存在（NOT_FOUND） */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  getInsurerApiV1OrdersByOrderNo: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        orderNo: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            company: {
              [key: string]: unknown;
            } | null;
            enterpriseName: string;
            invitationCode: string | null;
            orderNo: string;
            productId: string;
            productVersionId: string;
            roster: {
              birthDate: string | null;
              extra: {
                [key: string]: string;
              };
              gender: string | null;
              idNumber: string;
              idType: string;
              mobile: string;
              name: string;
              rowNo: number;
            }[];
            rosterCount: number;
            /** @enum {string} */
            status: 'draft' | 'submitted' | 'sent' | 'passed' | 'failed';
            windowEnd: string | null;
            windowStart: string | null;
          };
        };
      };
      /** @description 请求参数有误（VALIDATION_FAILED 等），message 为中文说明，details 列出字段 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 接口签名无效、过期或重放（INSURER_SIGNATURE_INVALID） */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 记录不存在（NOT_FOUND） */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  postInsurerApiV1OrdersByOrderNoPreUnderwriting: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        orderNo: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json':
          | {
              invitationCode: string;
              /** @enum {boolean} */
              passed: true;
              remarks?: string | null;
              windowEnd: string;
              windowStart: string;
            }
          | {
              /** @enum {boolean} */
              passed: false;
              reason: string;
            };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            orderNo: string;
            /** @enum {string} */
            status: 'passed' | 'failed';
            taskId: string | null;
          };
        };
      };
      /** @description 请求参数有误（VALIDATION_FAILED 等），message 为中文说明，details 列出字段 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 接口签名无效、过期或重放（INSURER_SIGNATURE_INVALID） */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 记录不存在（NOT_FOUND） */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  postInsurerApiV1PoliciesByPolicyNoChanges: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        policyNo: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          description: string;
          effectiveOn: string;
          /** @enum {string} */
          kind: 'change_info' | 'change_coverage' | 'change_period' | 'other';
          patch?: {
            endsOn?: string;
            premiumFen?: number;
            sumInsuredFen?: number;
          };
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            documentId: string;
            endorsementNo: string;
            policyNo: string;
            version: number;
          };
        };
      };
      /** @description 请求参数有误（VALIDATION_FAILED 等），message 为中文说明，details 列出字段 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 接口签名无效、过期或重放（INSURER_SIGNATURE_INVALID） */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 记录不存在（NOT_FOUND） */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  postInsurerApiV1Quotes: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          age?: number;
          birthDate?: string;
          /** @enum {string} */
          gender: 'M' | 'F';
          /** Format: uuid */
          productId: string;
          /** Format: uuid */
          productVersionId?: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            age: number;
            annualPremiumFen: number;
            band: {
              maxAge: number;
              minAge: number;
            };
            deductionCapFen: number;
            /** @enum {string} */
            gender: 'M' | 'F';
            /** Format: uuid */
            productId: string;
            /** Format: uuid */
            productVersionId: string;
          };
        };
      };
      /** @description 请求参数有误（VALIDATION_FAILED 等），message 为中文说明，details 列出字段 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 接口签名无效、过期或重放（INSURER_SIGNATURE_INVALID） */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  getInsurerApiKeys: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              createdAt: string;
              /** Format: uuid */
              id: string;
              keyId: string;
              lastUsedAt: string | null;
              /** @enum {string} */
              status: 'active' | 'revoked';
              webhookUrl: string | null;
            }[];
          };
        };
      };
      /** @description 请求参数有误（VALIDATION_FAILED 等），message 为中文说明，details 列出字段 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 未登录或会话已过期（UNAUTHENTICATED） */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 无权访问或登录步骤未完成（FORBIDDEN、SESSION_STAGE、PASSWORD_CHANGE_REQUIRED） */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  postInsurerApiKeys: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @default null */
          webhookUrl?: string | null;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            createdAt: string;
            /** Format: uuid */
            id: string;
            keyId: string;
            lastUsedAt: string | null;
            secret: string;
            /** @enum {string} */
            status: 'active' | 'revoked';
            webhookUrl: string | null;
          };
        };
      };
      /** @description 请求参数有误（VALIDATION_FAILED 等），message 为中文说明，details 列出字段 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 未登录或会话已过期（UNAUTHENTICATED） */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 无权访问或登录步骤未完成（FORBIDDEN、SESSION_STAGE、PASSWORD_CHANGE_REQUIRED）；CSRF 令牌缺失或不符（CSRF_FAILED） */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  postInsurerApiKeysByIdRevoke: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            createdAt: string;
            /** Format: uuid */
            id: string;
            keyId: string;
            lastUsedAt: string | null;
            /** @enum {string} */
            status: 'active' | 'revoked';
            webhookUrl: string | null;
          };
        };
      };
      /** @description 请求参数有误（VALIDATION_FAILED 等），message 为中文说明，details 列出字段 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 未登录或会话已过期（UNAUTHENTICATED） */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 无权访问或登录步骤未完成（FORBIDDEN、SESSION_STAGE、PASSWORD_CHANGE_REQUIRED）；CSRF 令牌缺失或不符（CSRF_FAILED） */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 记录不存在（NOT_FOUND） */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  getInsurerApplications: {
    parameters: {
      query?: {
        status?:
          | 'draft'
          | 'submitted'
          | 'underwriting'
          | 'manual_review'
          | 'accepted'
          | 'declined'
          | 'paid'
          | 'issued'
          | 'returned'
          | 'cancelled';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              answers: {
                [key: string]: boolean;
              };
              applicantName: string;
              applicationNo: string;
              createdAt: string;
              declineReason: string | null;
              idNumberMasked: string;
              premiumFen: number;
              productId: string;
              /** @enum {string} */
              status:
                | 'draft'
                | 'submitted'
                | 'underwriting'
                | 'manual_review'
                | 'accepted'
                | 'declined'
                | 'paid'
                | 'issued'
                | 'returned'
                | 'cancelled';
              statusLabel: string;
            }[];
          };
        };
      };
      /** @description 请求参数有误（VALIDATION_FAILED 等），message 为中文说明，details 列出字段 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 未登录或会话已过期（UNAUTHENTICATED） */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 无权访问或登录步骤未完成（FORBIDDEN、SESSION_STAGE、PASSWORD_CHANGE_REQUIRED） */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  postInsurerApplicationsByApplicationNoDecision: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        applicationNo: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @enum {string} */
          decision: 'accept' | 'decline' | 'manual';
          reason?: string | null;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            answers: {
              [key: string]: boolean;
            };
            applicantName: string;
            applicationNo: string;
            createdAt: string;
            declineReason: string | null;
            idNumberMasked: string;
            premiumFen: number;
            productId: string;
            /** @enum {string} */
            status:
              | 'draft'
              | 'submitted'
              | 'underwriting'
              | 'manual_review'
              | 'accepted'
              | 'declined'
              | 'paid'
              | 'issued'
              | 'returned'
              | 'cancelled';
            statusLabel: string;
          };
        };
      };
      /** @description 请求参数有误（VALIDATION_FAILED 等），message 为中文说明，details 列出字段 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 未登录或会话已过期（UNAUTHENTICATED） */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 无权访问或登录步骤未完成（FORBIDDEN、SESSION_STAGE、PASSWORD_CHANGE_REQUIRED）；CSRF 令牌缺失或不符（CSRF_FAILED） */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 记录不存在（NOT_FOUND） */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  postInsurerApplicationsByApplicationNoPolicy: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        applicationNo: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          startsOn?: string | null;
          taxCode: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            applicationNo: string;
            documentId: string;
            policyNo: string;
          };
        };
      };
      /** @description 请求参数有误（VALIDATION_FAILED 等），message 为中文说明，details 列出字段 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 未登录或会话已过期（UNAUTHENTICATED） */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 无权访问或登录步骤未完成（FORBIDDEN、SESSION_STAGE、PASSWORD_CHANGE_REQUIRED）；CSRF 令牌缺失或不符（CSRF_FAILED） */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 记录不存在（NOT_FOUND） */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  getInsurerOrders: {
    parameters: {
      query?: {
        company?: string;
        /** @description 申请日期起（北京时间） */
        from?: string;
        page?: number;
        pageSize?: number;
        /** @description draft 待提交 / submitted 待预核保 / sent 已发送保险公司 / passed 预核保通过 / failed 预核保未通过 */
        status?: 'draft' | 'submitted' | 'sent' | 'passed' | 'failed';
        /** @description 申请日期止（含） */
        to?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              createdAt: string;
              enterpriseName: string;
              failReason: string | null;
              /** Format: uuid */
              id: string;
              insurerName: string;
              orderNo: string;
              /** Format: uuid */
              productId: string;
              productName: string;
              rosterCount: number;
              sentAt: string | null;
              /**
               * @description draft 待提交 / submitted 待预核保 / sent 已发送保险公司 / passed 预核保通过 / failed 预核保未通过
               * @enum {string}
               */
              status: 'draft' | 'submitted' | 'sent' | 'passed' | 'failed';
              submittedAt: string | null;
              windowEnd: string | null;
              windowStart: string | null;
            }[];
            page: number;
            pageSize: number;
            total: number;
          };
        };
      };
      /** @description 请求参数有误（VALIDATION_FAILED 等），message 为中文说明，details 列出字段 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 未登录或会话已过期（UNAUTHENTICATED） */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 无权访问或登录步骤未完成（FORBIDDEN、SESSION_STAGE、PASSWORD_CHANGE_REQUIRED） */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  getInsurerOrdersById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            company: {
              address?: string;
              contactName?: string;
              contactPhone?: string;
              email?: string;
              industry?: string;
              licenceNo?: string;
              name?: string;
              /** @default  */
              orgCode: string;
              /** @enum {string} */
              size?: '50人以下' | '50-299人' | '300-999人' | '1000人及以上';
              taxNo?: string;
            } | null;
            createdAt: string;
            decidedAt: string | null;
            enterpriseName: string;
            /** Format: uuid */
            enterpriseOrgId: string;
            failReason: string | null;
            /** @description 上传的文件（原文件名；下载 /api/files/:id，仅本企业与平台可下载） */
            files: {
              licence: {
                /** Format: uuid */
                id: string;
                name: string;
              } | null;
              orgCode: {
                /** Format: uuid */
                id: string;
                name: string;
              } | null;
              roster: {
                /** Format: uuid */
                id: string;
                name: string;
              } | null;
              taxCert: {
                /** Format: uuid */
                id: string;
                name: string;
              } | null;
            };
            history: {
              action: string;
              actorName: string | null;
              at: string;
              detail: {
                [key: string]: unknown;
              };
            }[];
            /** Format: uuid */
            id: string;
            insurerName: string;
            /** Format: uuid */
            insurerOrgId: string;
            invitationCode: string | null;
            /** @description 开通账号任务（我的任务中可见进度） */
            inviteTaskId: string | null;
            orderNo: string;
            /** Format: uuid */
            productId: string;
            productName: string;
            /** Format: uuid */
            productVersionId: string;
            remarks: string | null;
            /** @description 前 500 行（脱敏） */
            roster: {
              birthDate: string | null;
              extra: {
                [key: string]: string;
              };
              gender: string | null;
              idNumberMasked: string;
              idType: string;
              mobileMasked: string;
              name: string;
              rowNo: number;
            }[];
            rosterCount: number;
            /** @description 文件编号，下载 /api/files/:id */
            scans: {
              licence: string | null;
              orgCode: string | null;
              taxCert: string | null;
            };
            sentAt: string | null;
            sentVia: ('email' | 'api') | null;
            /**
             * @description draft 待提交 / submitted 待预核保 / sent 已发送保险公司 / passed 预核保通过 / failed 预核保未通过
             * @enum {string}
             */
            status: 'draft' | 'submitted' | 'sent' | 'passed' | 'failed';
            submittedAt: string | null;
            windowEnd: string | null;
            windowStart: string | null;
          };
        };
      };
      /** @description 请求参数有误（VALIDATION_FAILED 等），message 为中文说明，details 列出字段 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 未登录或会话已过期（UNAUTHENTICATED） */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 无权访问或登录步骤未完成（FORBIDDEN、SESSION_STAGE、PASSWORD_CHANGE_REQUIRED） */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 记录不存在（NOT_FOUND） */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  postInsurerOrdersByIdPreUnderwriting: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json':
          | {
              invitationCode: string;
              /** @enum {boolean} */
              passed: true;
              remarks?: string | null;
              windowEnd: string;
              windowStart: string;
            }
          | {
              /** @enum {boolean} */
              passed: false;
              reason: string;
            };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            orderId: string;
            /** @enum {string} */
            status: 'passed' | 'failed';
            taskId: string | null;
          };
        };
      };
      /** @description 请求参数有误（VALIDATION_FAILED 等），message 为中文说明，details 列出字段 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 未登录或会话已过期（UNAUTHENTICATED） */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 无权访问或登录步骤未完成（FORBIDDEN、SESSION_STAGE、PASSWORD_CHANGE_REQUIRED）；CSRF 令牌缺失或不符（CSRF_FAILED） */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 记录不存在（NOT_FOUND） */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  getInsurerProducts: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              code: string;
              createdAt: string;
              currentVersionId: string | null;
              /** Format: uuid */
              id: string;
              insurerName: string;
              /** Format: uuid */
              insurerOrgId: string;
              /** @enum {string} */
              line: 'TAX_HEALTH' | 'MUTUAL_AID' | 'TRAVEL' | 'MOTOR';
              name: string;
              published: boolean;
              /** @enum {string} */
              status: 'draft' | 'pending_listing' | 'listed' | 'rejected' | 'delisted';
              versions: {
                approvedAt: string | null;
                content: {
                  [key: string]: unknown;
                };
                createdAt: string;
                hasClauses: boolean;
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                productId: string;
                reviewReason: string | null;
                /** @enum {string} */
                status: 'pending' | 'approved' | 'rejected' | 'superseded';
                version: number;
              }[];
            }[];
          };
        };
      };
      /** @description 请求参数有误（VALIDATION_FAILED 等），message 为中文说明，details 列出字段 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 未登录或会话已过期（UNAUTHENTICATED） */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 无权访问或登录步骤未完成（FORBIDDEN、SESSION_STAGE、PASSWORD_CHANGE_REQUIRED） */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  postInsurerProducts: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            product: {
              code: string;
              createdAt: string;
              currentVersionId: string | null;
              /** Format: uuid */
              id: string;
              insurerName: string;
              /** Format: uuid */
              insurerOrgId: string;
              /** @enum {string} */
              line: 'TAX_HEALTH' | 'MUTUAL_AID' | 'TRAVEL' | 'MOTOR';
              name: string;
              published: boolean;
              /** @enum {string} */
              status: 'draft' | 'pending_listing' | 'listed' | 'rejected' | 'delisted';
            };
            version: {
              approvedAt: string | null;
              content: {
                [key: string]: unknown;
              };
              createdAt: string;
              hasClauses: boolean;
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              productId: string;
              reviewReason: string | null;
              /** @enum {string} */
              status: 'pending' | 'approved' | 'rejected' | 'superseded';
              version: number;
            };
          };
        };
      };
      /** @description 请求参数有误（VALIDATION_FAILED 等），message 为中文说明，details 列出字段 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 未登录或会话已过期（UNAUTHENTICATED） */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 无权访问或登录步骤未完成（FORBIDDEN、SESSION_STAGE、PASSWORD_CHANGE_REQUIRED）；CSRF 令牌缺失或不符（CSRF_FAILED） */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  postInsurerProductsByIdVersions: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            approvedAt: string | null;
            content: {
              [key: string]: unknown;
            };
            createdAt: string;
            hasClauses: boolean;
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            productId: string;
            reviewReason: string | null;
            /** @enum {string} */
            status: 'pending' | 'approved' | 'rejected' | 'superseded';
            version: number;
          };
        };
      };
      /** @description 请求参数有误（VALIDATION_FAILED 等），message 为中文说明，details 列出字段 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 未登录或会话已过期（UNAUTHENTICATED） */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 无权访问或登录步骤未完成（FORBIDDEN、SESSION_STAGE、PASSWORD_CHANGE_REQUIRED）；CSRF 令牌缺失或不符（CSRF_FAILED） */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 记录不存在（NOT_FOUND） */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  getInsurersByOrgIdDocumentSettings: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        orgId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            hotline: string | null;
            insurerName: string;
            insurerOrgId: string;
            logo: {
              dataUrl: string;
              /** @enum {string} */
              mime: 'image/png' | 'image/jpeg';
              size: number;
            } | null;
            updatedAt: string | null;
          };
        };
      };
      /** @description 请求参数有误（VALIDATION_FAILED 等），message 为中文说明，details 列出字段 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 未登录或会话已过期（UNAUTHENTICATED） */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 无权访问或登录步骤未完成（FORBIDDEN、SESSION_STAGE、PASSWORD_CHANGE_REQUIRED） */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 记录不存在（NOT_FOUND） */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  putInsurersByOrgIdDocumentSettings: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        orgId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          hotline?: string | null;
          logo?: string | null;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            hotline: string | null;
            insurerName: string;
            insurerOrgId: string;
            logo: {
              dataUrl: string;
              /** @enum {string} */
              mime: 'image/png' | 'image/jpeg';
              size: number;
            } | null;
            updatedAt: string | null;
          };
        };
      };
      /** @description 请求参数有误（VALIDATION_FAILED 等），message 为中文说明，details 列出字段 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 未登录或会话已过期（UNAUTHENTICATED） */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 无权访问或登录步骤未完成（FORBIDDEN、SESSION_STAGE、PASSWORD_CHANGE_REQUIRED）；CSRF 令牌缺失或不符（CSRF_FAILED） */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 记录不存在（NOT_FOUND） */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  getMe: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            displayName: string;
            email: string | null;
            id: string;
            mobileMasked: string | null;
            org: {
              id: string;
              name: string;
              /** @enum {string} */
              type:
                | 'platform'
                | 'insurer'
                | 'insurer_branch'
                | 'enterprise'
                | 'union_hq'
                | 'union_agency'
                | 'union_base'
                | 'travel_agency';
            } | null;
            /** @enum {string} */
            portal: 'enterprise' | 'personal' | 'admin' | 'union' | 'insurer' | 'travel';
            profile: {
              address: string | null;
              /** @description 周岁：证件给出出生日期时按北京时间今天计算，否则为本人填写的年龄 */
              age: number | null;
              /** @description 出生日期（由身份证号读出，或员工名单中登记） */
              birthDate: string | null;
              /** @description 出生日期与性别来自证件（身份证号或员工名单）：只读，“我的信息”与投保页不再询问 */
              fromId: boolean;
              gender: ('M' | 'F') | null;
              idNumberMasked: string | null;
              jobCategory: string | null;
              /** @description 界面语言（页眉中文/EN 切换时保存）：短信与邮件按此语言发送，未设置时为中文 */
              language: ('zh-CN' | 'en-US') | null;
            };
            /** @enum {string} */
            role:
              | 'enterprise_operator'
              | 'individual'
              | 'exchange_admin'
              | 'insurer_staff'
              | 'union_base_operator'
              | 'union_agency_operator'
              | 'union_hq_operator'
              | 'travel_issuer'
              | 'travel_admin'
              | 'security_admin';
            smsRequired: boolean;
            smsTwoFactor: boolean;
            /** @enum {string} */
            stage: 'sms' | 'password' | 'active';
            username: string;
          };
        };
      };
      /** @description 请求参数有误（VALIDATION_FAILED 等），message 为中文说明，details 列出字段 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 未登录或会话已过期（UNAUTHENTICATED） */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 无权访问或登录步骤未完成（FORBIDDEN、SESSION_STAGE、PASSWORD_CHANGE_REQUIRED） */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  getMeBankCards: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              bankName: string | null;
              cardMasked: string;
              createdAt: string;
              holderName: string;
              id: string;
            }[];
          };
        };
      };
      /** @description 请求参数有误（VALIDATION_FAILED 等），message 为中文说明，details 列出字段 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 未登录或会话已过期（UNAUTHENTICATED） */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 无权访问或登录步骤未完成（FORBIDDEN、SESSION_STAGE、PASSWORD_CHANGE_REQUIRED） */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  postMeBankCards: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          bankName?: string | null;
          cardNumber: string;
          holderName: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            bankName: string | null;
            cardMasked: string;
            createdAt: string;
            holderName: string;
            id: string;
            warnings: string[];
          };
        };
      };
      /** @description 请求参数有误（VALIDATION_FAILED 等），message 为中文说明，details 列出字段 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 未登录或会话已过期（UNAUTHENTICATED） */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 无权访问或登录步骤未完成（FORBIDDEN、SESSION_STAGE、PASSWORD_CHANGE_REQUIRED）；CSRF 令牌缺失或不符（CSRF_FAILED） */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  deleteMeBankCardsById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            ok: true;
          };
        };
      };
      /** @description 请求参数有误（VALIDATION_FAILED 等），message 为中文说明，details 列出字段 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 未登录或会话已过期（UNAUTHENTICATED） */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 无权访问或登录步骤未完成（FORBIDDEN、SESSION_STAGE、PASSWORD_CHANGE_REQUIRED）；CSRF 令牌缺失或不符（CSRF_FAILED） */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 记录不存在（NOT_FOUND） */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  getMeDocuments: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              documentNo: string;
              id: string;
              issuedAt: string;
              /** @enum {string} */
              kind: 'policy' | 'endorsement' | 'application' | 'termination' | 'reconciliation' | 'receipt';
              kindLabel: string;
              policyNo: string | null;
              productName: string | null;
              status: ('issued' | 'endorsed' | 'cancelled' | 'terminated' | 'expired') | null;
              statusLabel: string | null;
            }[];
          };
        };
      };
      /** @description 请求参数有误（VALIDATION_FAILED 等），message 为中文说明，details 列出字段 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 未登录或会话已过期（UNAUTHENTICATED） */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 无权访问或登录步骤未完成（FORBIDDEN、SESSION_STAGE、PASSWORD_CHANGE_REQUIRED） */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  getMePolicies: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              documentId: string | null;
              downloadUrl: string | null;
              endsAt: string;
              insurerName: string;
              /** @enum {string} */
              line: 'TAX_HEALTH' | 'MUTUAL_AID' | 'TRAVEL' | 'MOTOR';
              /** Format: uuid */
              policyId: string;
              policyNo: string;
              premiumFen: number;
              productName: string;
              startsAt: string;
              /** @enum {string} */
              status: 'issued' | 'endorsed' | 'cancelled' | 'terminated' | 'expired';
              statusLabel: string;
              sumInsuredFen: number;
              taxCode: string | null;
            }[];
          };
        };
      };
      /** @description 请求参数有误（VALIDATION_FAILED 等），message 为中文说明，details 列出字段 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 未登录或会话已过期（UNAUTHENTICATED） */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 无权访问或登录步骤未完成（FORBIDDEN、SESSION_STAGE、PASSWORD_CHANGE_REQUIRED） */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  putMeProfile: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          address?: string | null;
          age?: number | null;
          displayName?: string;
          email?: string | null;
          gender?: ('M' | 'F') | null;
          jobCategory?: string | null;
          language?: ('zh-CN' | 'en-US') | null;
          mobile?: string;
          smsTwoFactor?: boolean;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            displayName: string;
            email: string | null;
            id: string;
            mobileMasked: string | null;
            org: {
              id: string;
              name: string;
              /** @enum {string} */
              type:
                | 'platform'
                | 'insurer'
                | 'insurer_branch'
                | 'enterprise'
                | 'union_hq'
                | 'union_agency'
                | 'union_base'
                | 'travel_agency';
            } | null;
            /** @enum {string} */
            portal: 'enterprise' | 'personal' | 'admin' | 'union' | 'insurer' | 'travel';
            profile: {
              address: string | null;
              /** @description 周岁：证件给出出生日期时按北京时间今天计算，否则为本人填写的年龄 */
              age: number | null;
              /** @description 出生日期（由身份证号读出，或员工名单中登记） */
              birthDate: string | null;
              /** @description 出生日期与性别来自证件（身份证号或员工名单）：只读，“我的信息”与投保页不再询问 */
              fromId: boolean;
              gender: ('M' | 'F') | null;
              idNumberMasked: string | null;
              jobCategory: string | null;
              /** @description 界面语言（页眉中文/EN 切换时保存）：短信与邮件按此语言发送，未设置时为中文 */
              language: ('zh-CN' | 'en-US') | null;
            };
            /** @enum {string} */
            role:
              | 'enterprise_operator'
              | 'individual'
              | 'exchange_admin'
              | 'insurer_staff'
              | 'union_base_operator'
              | 'union_agency_operator'
              | 'union_hq_operator'
              | 'travel_issuer'
              | 'travel_admin'
              | 'security_admin';
            smsRequired: boolean;
            smsTwoFactor: boolean;
            /** @enum {string} */
            stage: 'sms' | 'password' | 'active';
            username: string;
          };
        };
      };
      /** @description 请求参数有误（VALIDATION_FAILED 等），message 为中文说明，details 列出字段 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 未登录或会话已过期（UNAUTHENTICATED） */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 无权访问或登录步骤未完成（FORBIDDEN、SESSION_STAGE、PASSWORD_CHANGE_REQUIRED）；CSRF 令牌缺失或不符（CSRF_FAILED） */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  getPersonalApplications: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              applicationNo: string;
              createdAt: string;
              declineReason: string | null;
              policyNo: string | null;
              premiumFen: number;
              productName: string;
              /** @enum {string} */
              status:
                | 'draft'
                | 'submitted'
                | 'underwriting'
                | 'manual_review'
                | 'accepted'
                | 'declined'
                | 'paid'
                | 'issued'
                | 'returned'
                | 'cancelled';
              statusLabel: string;
              year: number;
            }[];
          };
        };
      };
      /** @description 请求参数有误（VALIDATION_FAILED 等），message 为中文说明，details 列出字段 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 未登录或会话已过期（UNAUTHENTICATED） */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 无权访问或登录步骤未完成（FORBIDDEN、SESSION_STAGE、PASSWORD_CHANGE_REQUIRED） */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  postPersonalApplications: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          answers: {
            [key: string]: boolean;
          };
          /** Format: uuid */
          bankCardId: string;
          consent: boolean;
          /** Format: uuid */
          invitationId: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            applicationNo: string;
            createdAt: string;
            declineReason: string | null;
            policyNo: string | null;
            premiumFen: number;
            productName: string;
            /** @enum {string} */
            status:
              | 'draft'
              | 'submitted'
              | 'underwriting'
              | 'manual_review'
              | 'accepted'
              | 'declined'
              | 'paid'
              | 'issued'
              | 'returned'
              | 'cancelled';
            statusLabel: string;
            year: number;
          };
        };
      };
      /** @description 请求参数有误（VALIDATION_FAILED 等），message 为中文说明，details 列出字段 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 未登录或会话已过期（UNAUTHENTICATED） */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 无权访问或登录步骤未完成（FORBIDDEN、SESSION_STAGE、PASSWORD_CHANGE_REQUIRED）；CSRF 令牌缺失或不符（CSRF_FAILED） */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  getPersonalApplicationsByApplicationNo: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        applicationNo: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            applicationNo: string;
            createdAt: string;
            decidedAt: string | null;
            declineReason: string | null;
            /** @description 出单后的保单（未出单为 null） */
            policy: {
              documentId: string | null;
              /** @description 电子保单下载地址（GET /api/documents/:id/download） */
              downloadUrl: string | null;
              endsAt: string;
              policyNo: string;
              premiumFen: number;
              startsAt: string;
              sumInsuredFen: number;
            } | null;
            policyNo: string | null;
            premiumFen: number;
            productName: string;
            /** @enum {string} */
            status:
              | 'draft'
              | 'submitted'
              | 'underwriting'
              | 'manual_review'
              | 'accepted'
              | 'declined'
              | 'paid'
              | 'issued'
              | 'returned'
              | 'cancelled';
            statusLabel: string;
            year: number;
          };
        };
      };
      /** @description 请求参数有误（VALIDATION_FAILED 等），message 为中文说明，details 列出字段 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 未登录或会话已过期（UNAUTHENTICATED） */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 无权访问或登录步骤未完成（FORBIDDEN、SESSION_STAGE、PASSWORD_CHANGE_REQUIRED） */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 记录不存在（NOT_FOUND） */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  postPersonalApplicationsQuote: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: uuid */
          invitationId: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            age: number;
            annualPremiumFen: number;
            deductionCapFen: number;
            deductionNote: string;
            /** @enum {string} */
            gender: 'M' | 'F';
            /** Format: uuid */
            invitationId: string;
            productName: string;
            questionnaire: {
              id: string;
              text: string;
            }[];
          };
        };
      };
      /** @description 请求参数有误（VALIDATION_FAILED 等），message 为中文说明，details 列出字段 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 未登录或会话已过期（UNAUTHENTICATED） */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 无权访问或登录步骤未完成（FORBIDDEN、SESSION_STAGE、PASSWORD_CHANGE_REQUIRED）；CSRF 令牌缺失或不符（CSRF_FAILED） */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  getPersonalInvitations: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              applicationNo: string | null;
              channels: {
                insurerUrl: string | null;
                mobile: boolean;
                platform: boolean;
              };
              /** @description 《自动扣款授权协议》的文本（产品的信息披露文件 PDF）；产品未提供时为 null */
              debitAgreement: {
                title: string;
                url: string;
              } | null;
              insurerName: string;
              /** Format: uuid */
              invitationId: string;
              open: boolean;
              orderNo: string;
              /** Format: uuid */
              productId: string;
              productName: string;
              /** @enum {string} */
              status: 'invited' | 'applied' | 'issued' | 'declined';
              statusLabel: string;
              windowEnd: string;
              windowStart: string;
            }[];
          };
        };
      };
      /** @description 请求参数有误（VALIDATION_FAILED 等），message 为中文说明，details 列出字段 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 未登录或会话已过期（UNAUTHENTICATED） */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 无权访问或登录步骤未完成（FORBIDDEN、SESSION_STAGE、PASSWORD_CHANGE_REQUIRED） */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  getPublicDisclosuresById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description PDF 文件（二进制） */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': unknown;
        };
      };
      /** @description 请求参数有误（VALIDATION_FAILED 等），message 为中文说明，details 列出字段 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 记录不存在（NOT_FOUND） */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  getPublicDocumentsByIdStatus: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            chain: {
              description: string;
              documentNo: string;
              issuedAt: string;
              /** @enum {string} */
              kind:
                | 'policy'
                | 'endorsement'
                | 'application'
                | 'termination'
                | 'reconciliation'
                | 'receipt'
                | 'status';
            }[];
            documentNo: string;
            issuedAt: string;
            /** @enum {string} */
            kind: 'policy' | 'endorsement' | 'application' | 'termination' | 'reconciliation' | 'receipt';
            kindLabel: string;
            policy: {
              holderNameMasked: string;
              /** @enum {string} */
              line: 'TAX_HEALTH' | 'MUTUAL_AID' | 'TRAVEL' | 'MOTOR';
              periodEnd: string;
              periodStart: string;
              policyNo: string;
              productName: string;
              replacedByPolicyNo: string | null;
              replacesPolicyNo: string | null;
              /** @enum {string} */
              status: 'issued' | 'endorsed' | 'cancelled' | 'terminated' | 'expired';
              statusLabel: string;
            } | null;
            specimen: boolean;
          };
        };
      };
      /** @description 请求参数有误（VALIDATION_FAILED 等），message 为中文说明，details 列出字段 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 记录不存在（NOT_FOUND） */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 操作过于频繁（RATE_LIMITED） */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  postPublicEnterpriseRegistrations: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          captchaAnswer: string;
          captchaId: string;
          companyName: string;
          contactMobile: string;
          contactName: string;
          /** @description 统一社会信用代码（与下面三个旧证号二选一） */
          creditCode?: string | null;
          email: string;
          /** @description 营业执照注册号 */
          licenceNo?: string | null;
          /** @description 组织机构代码 */
          orgCode?: string | null;
          password: string;
          passwordConfirm: string;
          /** @description 税务登记证号 */
          taxNo?: string | null;
          username: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            registrationId: string;
            /** @enum {string} */
            status: 'pending';
          };
        };
      };
      /** @description 请求参数有误（VALIDATION_FAILED 等），message 为中文说明，details 列出字段 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 操作过于频繁（RATE_LIMITED） */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  getPublicProducts: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              code: string;
              deductionCapFen: number;
              fromPremiumFen: number;
              /** Format: uuid */
              id: string;
              insurerName: string;
              name: string;
              sumInsuredFen: number;
              summary: string;
            }[];
          };
        };
      };
      /** @description 请求参数有误（VALIDATION_FAILED 等），message 为中文说明，details 列出字段 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  getPublicProductsById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            brochure: string;
            clausesUrl: string | null;
            code: string;
            deductionCapFen: number;
            disclosures: {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              productId: string;
              publishedAt: string;
              title: string;
              url: string;
            }[];
            fromPremiumFen: number;
            howToApply: {
              channels: {
                insurerUrl: string | null;
                mobile: boolean;
                platform: boolean;
              };
              hotline: string;
              insurerSite: string;
              throughEmployer: string;
            };
            /** Format: uuid */
            id: string;
            insurerName: string;
            name: string;
            questionnaire: {
              /** @default false */
              declineIfYes: boolean;
              id: string;
              /** @default false */
              manualIfYes: boolean;
              text: string;
            }[];
            rateTable: {
              bands: {
                annualPremiumFen: number;
                /** @enum {string} */
                gender: 'M' | 'F';
                maxAge: number;
                minAge: number;
              }[];
            };
            sumInsuredFen: number;
            summary: string;
            /** Format: uuid */
            versionId: string;
          };
        };
      };
      /** @description 请求参数有误（VALIDATION_FAILED 等），message 为中文说明，details 列出字段 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 记录不存在（NOT_FOUND） */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  getPublicProductsByIdClauses: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description PDF 文件（二进制） */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': unknown;
        };
      };
      /** @description 请求参数有误（VALIDATION_FAILED 等），message 为中文说明，details 列出字段 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 记录不存在（NOT_FOUND） */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  postPublicQuery: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          captchaAnswer: string;
          captchaId: string;
          idNumber: string;
          idType: string;
          policyNo: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            documents: {
              documentNo: string;
              id: string;
              issuedAt: string;
              /** @enum {string} */
              kind: 'policy' | 'endorsement' | 'application' | 'termination' | 'reconciliation' | 'receipt';
              kindLabel: string;
            }[];
            policy: {
              holderNameMasked: string;
              insured: {
                idNumberMasked: string;
                nameMasked: string;
              }[];
              insurerName: string;
              periodEnd: string;
              periodStart: string;
              policyNo: string;
              premium: number;
              productName: string;
              /** @enum {string} */
              status: 'issued' | 'endorsed' | 'cancelled' | 'terminated' | 'expired';
              statusLabel: string;
              sumInsured: number;
            };
            queryToken: string;
          };
        };
      };
      /** @description 请求参数有误（VALIDATION_FAILED 等），message 为中文说明，details 列出字段 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 操作过于频繁（RATE_LIMITED） */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  getPublicQueryCaptcha: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            answer?: string;
            captchaId: string;
            svg: string;
          };
        };
      };
      /** @description 请求参数有误（VALIDATION_FAILED 等），message 为中文说明，details 列出字段 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 操作过于频繁（RATE_LIMITED） */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  getPublicQueryDocumentsById: {
    parameters: {
      query: {
        token: string;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description PDF 文件（Content-Disposition: attachment） */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': unknown;
        };
      };
      /** @description 请求参数有误（VALIDATION_FAILED 等），message 为中文说明，details 列出字段 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 记录不存在（NOT_FOUND） */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 操作过于频繁（RATE_LIMITED） */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  postPublicVerify: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            document?: {
              documentNo: string;
              id: string;
              issuedAt: string;
              /** @enum {string} */
              kind: 'policy' | 'endorsement' | 'application' | 'termination' | 'reconciliation' | 'receipt';
              kindLabel: string;
              specimen: boolean;
              version: number;
            };
            issuedHere: boolean;
            policy?: {
              endorsements: {
                description: string;
                documentNo: string;
                issuedAt: string;
              }[];
              holderNameMasked: string;
              periodEnd: string;
              periodStart: string;
              policyNo: string;
              productName: string;
              replacedByPolicyNo: string | null;
              replacesPolicyNo: string | null;
              /** @enum {string} */
              status: 'issued' | 'endorsed' | 'cancelled' | 'terminated' | 'expired';
              statusLabel: string;
            };
            /** @enum {string} */
            reason:
              | 'intact'
              | 'not_signed'
              | 'content_changed'
              | 'appended'
              | 'rewritten'
              | 'truncated'
              | 'malformed'
              | 'signature_invalid'
              | 'timestamp_invalid'
              | 'certificate_invalid'
              | 'untrusted'
              | 'revoked';
            summary: string;
            technical: {
              details: string[];
              fileSha256: string;
              signatures: {
                algorithm: string;
                byteRangeCoversWholeFile: boolean;
                chainTrusted: boolean;
                digestMatches: boolean;
                issuer: string;
                modifiedAfterSigning: boolean;
                revoked: boolean;
                serial: string;
                signatureValid: boolean;
                signedAt: string | null;
                signer: string;
                timestampAt: string | null;
              }[];
            };
            title: string;
            /** @enum {string} */
            verdict:
              'valid' | 'tampered' | 'not_issued_here' | 'untrusted' | 'revoked' | 'invalid' | 'unsigned';
          };
        };
      };
      /** @description 请求参数有误（VALIDATION_FAILED 等），message 为中文说明，details 列出字段 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 操作过于频繁（RATE_LIMITED） */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  getTasks: {
    parameters: {
      query?: {
        page?: number;
        pageSize?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              attempts: number;
              createdAt: string;
              error: string | null;
              finishedAt: string | null;
              id: string;
              progressDone: number;
              progressTotal: number;
              result: {
                [key: string]: unknown;
              } | null;
              resultFileId: string | null;
              /** @enum {string} */
              status: 'queued' | 'running' | 'succeeded' | 'failed';
              title: string;
              titleParams: {
                [key: string]: string | number;
              };
              type: string;
            }[];
            page: number;
            pageSize: number;
            total: number;
          };
        };
      };
      /** @description 请求参数有误（VALIDATION_FAILED 等），message 为中文说明，details 列出字段 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 未登录或会话已过期（UNAUTHENTICATED） */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 无权访问或登录步骤未完成（FORBIDDEN、SESSION_STAGE、PASSWORD_CHANGE_REQUIRED） */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  getTasksById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            attempts: number;
            createdAt: string;
            error: string | null;
            finishedAt: string | null;
            id: string;
            progressDone: number;
            progressTotal: number;
            result: {
              [key: string]: unknown;
            } | null;
            resultFileId: string | null;
            /** @enum {string} */
            status: 'queued' | 'running' | 'succeeded' | 'failed';
            title: string;
            titleParams: {
              [key: string]: string | number;
            };
            type: string;
          };
        };
      };
      /** @description 请求参数有误（VALIDATION_FAILED 等），message 为中文说明，details 列出字段 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 未登录或会话已过期（UNAUTHENTICATED） */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 无权访问或登录步骤未完成（FORBIDDEN、SESSION_STAGE、PASSWORD_CHANGE_REQUIRED） */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 记录不存在（NOT_FOUND） */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  getUnionApplicationPlans: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            coverMonths: number;
            eligibleSexes: ('M' | 'F')[];
            maxCopies: number;
            name: string;
            premiumPerCopyFen: number;
            productId: string;
            uniformStartDate: string | null;
          }[];
        };
      };
      /** @description 请求参数有误（VALIDATION_FAILED 等），message 为中文说明，details 列出字段 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 未登录或会话已过期（UNAUTHENTICATED） */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 无权访问或登录步骤未完成（FORBIDDEN、SESSION_STAGE、PASSWORD_CHANGE_REQUIRED） */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  getUnionApplications: {
    parameters: {
      query?: {
        memberNoOrId?: string;
        page?: number;
        pageSize?: number;
        productId?: string;
        status?: 'draft' | 'returned' | 'submitted' | 'underwriting' | 'issued' | 'cancelled' | 'all';
        unitNo?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              amountFen: number;
              applicationNo: string;
              copies: number;
              createdAt: string;
              expectedEffectiveDate: string | null;
              gender: ('M' | 'F') | null;
              /** Format: uuid */
              id: string;
              idNumberMasked: string;
              memberId: string | null;
              memberNo: string | null;
              name: string;
              overAgeConfirmed: boolean;
              productId: string;
              productName: string;
              renewsPolicyNo: string | null;
              returnReason: string | null;
              /** @enum {string} */
              status:
                | 'draft'
                | 'submitted'
                | 'underwriting'
                | 'manual_review'
                | 'accepted'
                | 'declined'
                | 'paid'
                | 'issued'
                | 'returned'
                | 'cancelled';
              statusLabel: string;
              unitName: string | null;
              unitNo: string | null;
              warnings?: string[];
            }[];
            page: number;
            pageSize: number;
            total: number;
          };
        };
      };
      /** @description 请求参数有误（VALIDATION_FAILED 等），message 为中文说明，details 列出字段 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 未登录或会话已过期（UNAUTHENTICATED） */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 无权访问或登录步骤未完成（FORBIDDEN、SESSION_STAGE、PASSWORD_CHANGE_REQUIRED） */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  postUnionApplications: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          amount: number;
          copies: number;
          expectedEffectiveDate?: string;
          memberNoOrId: string;
          name?: string;
          /** @default false */
          overAgeConfirmed?: boolean;
          /** Format: uuid */
          productId: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            amountFen: number;
            applicationNo: string;
            copies: number;
            createdAt: string;
            expectedEffectiveDate: string | null;
            gender: ('M' | 'F') | null;
            /** Format: uuid */
            id: string;
            idNumberMasked: string;
            memberId: string | null;
            memberNo: string | null;
            name: string;
            overAgeConfirmed: boolean;
            productId: string;
            productName: string;
            renewsPolicyNo: string | null;
            returnReason: string | null;
            /** @enum {string} */
            status:
              | 'draft'
              | 'submitted'
              | 'underwriting'
              | 'manual_review'
              | 'accepted'
              | 'declined'
              | 'paid'
              | 'issued'
              | 'returned'
              | 'cancelled';
            statusLabel: string;
            unitName: string | null;
            unitNo: string | null;
            warnings?: string[];
          };
        };
      };
      /** @description 请求参数有误（VALIDATION_FAILED 等），message 为中文说明，details 列出字段 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 未登录或会话已过期（UNAUTHENTICATED） */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 无权访问或登录步骤未完成（FORBIDDEN、SESSION_STAGE、PASSWORD_CHANGE_REQUIRED）；CSRF 令牌缺失或不符（CSRF_FAILED） */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  putUnionApplicationsByApplicationNo: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        applicationNo: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          amount: number;
          copies: number;
          expectedEffectiveDate?: string;
          memberNoOrId: string;
          name?: string;
          /** @default false */
          overAgeConfirmed?: boolean;
          /** Format: uuid */
          productId: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            amountFen: number;
            applicationNo: string;
            copies: number;
            createdAt: string;
            expectedEffectiveDate: string | null;
            gender: ('M' | 'F') | null;
            /** Format: uuid */
            id: string;
            idNumberMasked: string;
            memberId: string | null;
            memberNo: string | null;
            name: string;
            overAgeConfirmed: boolean;
            productId: string;
            productName: string;
            renewsPolicyNo: string | null;
            returnReason: string | null;
            /** @enum {string} */
            status:
              | 'draft'
              | 'submitted'
              | 'underwriting'
              | 'manual_review'
              | 'accepted'
              | 'declined'
              | 'paid'
              | 'issued'
              | 'returned'
              | 'cancelled';
            statusLabel: string;
            unitName: string | null;
            unitNo: string | null;
            warnings?: string[];
          };
        };
      };
      /** @description 请求参数有误（VALIDATION_FAILED 等），message 为中文说明，details 列出字段 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 未登录或会话已过期（UNAUTHENTICATED） */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 无权访问或登录步骤未完成（FORBIDDEN、SESSION_STAGE、PASSWORD_CHANGE_REQUIRED）；CSRF 令牌缺失或不符（CSRF_FAILED） */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 记录不存在（NOT_FOUND） */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  deleteUnionApplicationsByApplicationNo: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        applicationNo: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            moved: number;
          };
        };
      };
      /** @description 请求参数有误（VALIDATION_FAILED 等），message 为中文说明，details 列出字段 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 未登录或会话已过期（UNAUTHENTICATED） */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 无权访问或登录步骤未完成（FORBIDDEN、SESSION_STAGE、PASSWORD_CHANGE_REQUIRED）；CSRF 令牌缺失或不符（CSRF_FAILED） */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 记录不存在（NOT_FOUND） */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  postUnionApplicationsBatchDelete: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @enum {string} */
          confirm: '全部删除';
          memberNoOrId?: string;
          /** Format: uuid */
          productId?: string;
          /**
           * @default all
           * @enum {string}
           */
          status?: 'draft' | 'returned' | 'submitted' | 'underwriting' | 'issued' | 'cancelled' | 'all';
          unitNo?: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            moved: number;
          };
        };
      };
      /** @description 请求参数有误（VALIDATION_FAILED 等），message 为中文说明，details 列出字段 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 未登录或会话已过期（UNAUTHENTICATED） */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 无权访问或登录步骤未完成（FORBIDDEN、SESSION_STAGE、PASSWORD_CHANGE_REQUIRED）；CSRF 令牌缺失或不符（CSRF_FAILED） */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  postUnionApplicationsChangeEffectiveDate: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          expectedEffectiveDate: string;
          memberNoOrId?: string;
          /** Format: uuid */
          productId?: string;
          /**
           * @default all
           * @enum {string}
           */
          status?: 'draft' | 'returned' | 'submitted' | 'underwriting' | 'issued' | 'cancelled' | 'all';
          unitNo?: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            moved: number;
          };
        };
      };
      /** @description 请求参数有误（VALIDATION_FAILED 等），message 为中文说明，details 列出字段 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 未登录或会话已过期（UNAUTHENTICATED） */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 无权访问或登录步骤未完成（FORBIDDEN、SESSION_STAGE、PASSWORD_CHANGE_REQUIRED）；CSRF 令牌缺失或不符（CSRF_FAILED） */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  postUnionApplicationsForMembers: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          amount: number;
          /** @default 1 */
          copies?: number;
          expectedEffectiveDate?: string;
          memberIds: string[];
          /** Format: uuid */
          productId: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            created: number;
            failed: {
              code: string;
              fix: {
                /** @enum {string} */
                action:
                  | 'transfer'
                  | 'enroll'
                  | 'fixIdNumber'
                  | 'useMemberName'
                  | 'submitMember'
                  | 'submitPending'
                  | 'viewApplications'
                  | 'fixCopies'
                  | 'fixAmount'
                  | 'fixGender'
                  | 'confirmOverAge'
                  | 'uploadOverAgeFile'
                  | 'choosePlan';
                applicationNo?: string;
                label: string;
                unitNo?: string | null;
              };
              memberNo: string | null;
              message: string;
              name: string | null;
            }[];
            failuresFileId: string | null;
          };
        };
      };
      /** @description 请求参数有误（VALIDATION_FAILED 等），message 为中文说明，details 列出字段 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 未登录或会话已过期（UNAUTHENTICATED） */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 无权访问或登录步骤未完成（FORBIDDEN、SESSION_STAGE、PASSWORD_CHANGE_REQUIRED）；CSRF 令牌缺失或不符（CSRF_FAILED） */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  postUnionApplicationsRenew: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          expectedEffectiveDate?: string;
          fromEffectiveDate: string;
          /** Format: uuid */
          productId: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            continuity: boolean;
            created: number;
            failed: {
              code: string;
              fix: {
                /** @enum {string} */
                action:
                  | 'transfer'
                  | 'enroll'
                  | 'fixIdNumber'
                  | 'useMemberName'
                  | 'submitMember'
                  | 'submitPending'
                  | 'viewApplications'
                  | 'fixCopies'
                  | 'fixAmount'
                  | 'fixGender'
                  | 'confirmOverAge'
                  | 'uploadOverAgeFile'
                  | 'choosePlan';
                applicationNo?: string;
                label: string;
                unitNo?: string | null;
              };
              memberNo: string | null;
              message: string;
              name: string | null;
            }[];
            failuresFileId: string | null;
          };
        };
      };
      /** @description 请求参数有误（VALIDATION_FAILED 等），message 为中文说明，details 列出字段 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 未登录或会话已过期（UNAUTHENTICATED） */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 无权访问或登录步骤未完成（FORBIDDEN、SESSION_STAGE、PASSWORD_CHANGE_REQUIRED）；CSRF 令牌缺失或不符（CSRF_FAILED） */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  postUnionApplicationsSubmitSearch: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          memberNoOrId?: string;
          /** Format: uuid */
          productId?: string;
          /**
           * @default all
           * @enum {string}
           */
          status?: 'draft' | 'returned' | 'submitted' | 'underwriting' | 'issued' | 'cancelled' | 'all';
          unitNo?: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            moved: number;
          };
        };
      };
      /** @description 请求参数有误（VALIDATION_FAILED 等），message 为中文说明，details 列出字段 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 未登录或会话已过期（UNAUTHENTICATED） */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 无权访问或登录步骤未完成（FORBIDDEN、SESSION_STAGE、PASSWORD_CHANGE_REQUIRED）；CSRF 令牌缺失或不符（CSRF_FAILED） */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  getUnionApplicationsSummary: {
    parameters: {
      query?: {
        memberNoOrId?: string;
        productId?: string;
        status?: 'draft' | 'returned' | 'submitted' | 'underwriting' | 'issued' | 'cancelled' | 'all';
        unitNo?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            amountFen: number;
            count: number;
            people: number;
          };
        };
      };
      /** @description 请求参数有误（VALIDATION_FAILED 等），message 为中文说明，details 列出字段 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 未登录或会话已过期（UNAUTHENTICATED） */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 无权访问或登录步骤未完成（FORBIDDEN、SESSION_STAGE、PASSWORD_CHANGE_REQUIRED） */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  getUnionClaims: {
    parameters: {
      query?: {
        memberNo?: string;
        page?: number;
        pageSize?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              amountPaidFen: number;
              claimDate: string;
              createdAt: string;
              diagnosisCategory: string;
              /** Format: uuid */
              id: string;
              idNumberMasked: string;
              /** Format: uuid */
              memberId: string;
              memberName: string;
              memberNo: string;
              planName: string;
              policyNo: string | null;
              productId: string | null;
              /** @enum {string} */
              source: 'agency' | 'import';
              unitName: string | null;
            }[];
            page: number;
            pageSize: number;
            total: number;
          };
        };
      };
      /** @description 请求参数有误（VALIDATION_FAILED 等），message 为中文说明，details 列出字段 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 未登录或会话已过期（UNAUTHENTICATED） */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 无权访问或登录步骤未完成（FORBIDDEN、SESSION_STAGE、PASSWORD_CHANGE_REQUIRED） */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  postUnionClaims: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          amountPaid: string;
          claimDate: string;
          diagnosisCategory: string;
          idNumber?: string;
          memberNo?: string;
          policyNo?: string;
          /** Format: uuid */
          productId: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            amountPaidFen: number;
            claimDate: string;
            createdAt: string;
            diagnosisCategory: string;
            /** Format: uuid */
            id: string;
            idNumberMasked: string;
            /** Format: uuid */
            memberId: string;
            memberName: string;
            memberNo: string;
            planName: string;
            policyNo: string | null;
            productId: string | null;
            /** @enum {string} */
            source: 'agency' | 'import';
            unitName: string | null;
          };
        };
      };
      /** @description 请求参数有误（VALIDATION_FAILED 等），message 为中文说明，details 列出字段 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 未登录或会话已过期（UNAUTHENTICATED） */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 无权访问或登录步骤未完成（FORBIDDEN、SESSION_STAGE、PASSWORD_CHANGE_REQUIRED）；CSRF 令牌缺失或不符（CSRF_FAILED） */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  getUnionExpiringPolicies: {
    parameters: {
      query: {
        idNumber?: string;
        memberNo?: string;
        month: string;
        page?: number;
        pageSize?: number;
        policyNo?: string;
        productCode?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              copies: number | null;
              endDate: string;
              idNumberMasked: string;
              memberNo: string | null;
              name: string;
              openRequestNo: string | null;
              /** Format: uuid */
              policyId: string;
              policyNo: string;
              premiumFen: number;
              productCode: string;
              productName: string;
              startDate: string;
              statusLabel: string;
              unitName: string | null;
              unitNo: string | null;
            }[];
            page: number;
            pageSize: number;
            total: number;
          };
        };
      };
      /** @description 请求参数有误（VALIDATION_FAILED 等），message 为中文说明，details 列出字段 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 未登录或会话已过期（UNAUTHENTICATED） */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 无权访问或登录步骤未完成（FORBIDDEN、SESSION_STAGE、PASSWORD_CHANGE_REQUIRED） */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  getUnionExpiringPoliciesExport: {
    parameters: {
      query: {
        idNumber?: string;
        memberNo?: string;
        month: string;
        policyNo?: string;
        productCode?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description .xlsx */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': unknown;
        };
      };
      /** @description 请求参数有误（VALIDATION_FAILED 等），message 为中文说明，details 列出字段 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 未登录或会话已过期（UNAUTHENTICATED） */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 无权访问或登录步骤未完成（FORBIDDEN、SESSION_STAGE、PASSWORD_CHANGE_REQUIRED） */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  postUnionMemberChanges: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: uuid */
          memberId: string;
          newIdNumber?: string;
          newName?: string;
          reason: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            approvalId: string | null;
            createdAt: string;
            decidedAt: string | null;
            fromUnitName: string | null;
            /** Format: uuid */
            id: string;
            idNumberMasked: string;
            /** @enum {string} */
            kind: 'change' | 'transfer';
            /** Format: uuid */
            memberId: string;
            memberName: string;
            memberNo: string;
            newIdNumberMasked: string | null;
            newName: string | null;
            reason: string;
            requestNo: string;
            returnReason: string | null;
            /** @enum {string} */
            status: 'new' | 'submitted' | 'approved' | 'returned' | 'rejected';
            toUnitName: string | null;
            waitingAt: string | null;
          };
        };
      };
      /** @description 请求参数有误（VALIDATION_FAILED 等），message 为中文说明，details 列出字段 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 未登录或会话已过期（UNAUTHENTICATED） */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 无权访问或登录步骤未完成（FORBIDDEN、SESSION_STAGE、PASSWORD_CHANGE_REQUIRED）；CSRF 令牌缺失或不符（CSRF_FAILED） */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  putUnionMemberChangesById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          newIdNumber?: string;
          newName?: string;
          reason: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            approvalId: string | null;
            createdAt: string;
            decidedAt: string | null;
            fromUnitName: string | null;
            /** Format: uuid */
            id: string;
            idNumberMasked: string;
            /** @enum {string} */
            kind: 'change' | 'transfer';
            /** Format: uuid */
            memberId: string;
            memberName: string;
            memberNo: string;
            newIdNumberMasked: string | null;
            newName: string | null;
            reason: string;
            requestNo: string;
            returnReason: string | null;
            /** @enum {string} */
            status: 'new' | 'submitted' | 'approved' | 'returned' | 'rejected';
            toUnitName: string | null;
            waitingAt: string | null;
          };
        };
      };
      /** @description 请求参数有误（VALIDATION_FAILED 等），message 为中文说明，details 列出字段 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 未登录或会话已过期（UNAUTHENTICATED） */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 无权访问或登录步骤未完成（FORBIDDEN、SESSION_STAGE、PASSWORD_CHANGE_REQUIRED）；CSRF 令牌缺失或不符（CSRF_FAILED） */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 记录不存在（NOT_FOUND） */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  getUnionMemberLookup: {
    parameters: {
      query: {
        memberNoOrId: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            birthDate: string;
            /** @enum {string} */
            gender: 'M' | 'F';
            hasOverAgeFile: boolean;
            idNumberMasked: string;
            /** Format: uuid */
            memberId: string;
            memberNo: string;
            name: string;
            /** @enum {string} */
            status: 'new' | 'submitted' | 'confirmed' | 'returned';
            unitName: string | null;
            unitNo: string | null;
          };
        };
      };
      /** @description 请求参数有误（VALIDATION_FAILED 等），message 为中文说明，details 列出字段 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 未登录或会话已过期（UNAUTHENTICATED） */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 无权访问或登录步骤未完成（FORBIDDEN、SESSION_STAGE、PASSWORD_CHANGE_REQUIRED） */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  getUnionMemberQuery: {
    parameters: {
      query?: {
        idNumber?: string;
        memberNo?: string;
        name?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              birthDate: string;
              createdAt: string;
              /** @enum {string} */
              gender: 'M' | 'F';
              /** Format: uuid */
              id: string;
              idNumberMasked: string;
              memberNo: string;
              mobileMasked: string | null;
              name: string;
              /** @enum {string} */
              status: 'new' | 'submitted' | 'confirmed' | 'returned';
              unitName: string | null;
              unitNo: string | null;
            }[];
          };
        };
      };
      /** @description 请求参数有误（VALIDATION_FAILED 等），message 为中文说明，details 列出字段 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 未登录或会话已过期（UNAUTHENTICATED） */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 无权访问或登录步骤未完成（FORBIDDEN、SESSION_STAGE、PASSWORD_CHANGE_REQUIRED） */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  getUnionMemberRequests: {
    parameters: {
      query: {
        kind: 'change' | 'transfer';
        status?: 'new' | 'submitted' | 'approved' | 'returned' | 'rejected';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              approvalId: string | null;
              createdAt: string;
              decidedAt: string | null;
              fromUnitName: string | null;
              /** Format: uuid */
              id: string;
              idNumberMasked: string;
              /** @enum {string} */
              kind: 'change' | 'transfer';
              /** Format: uuid */
              memberId: string;
              memberName: string;
              memberNo: string;
              newIdNumberMasked: string | null;
              newName: string | null;
              reason: string;
              requestNo: string;
              returnReason: string | null;
              /** @enum {string} */
              status: 'new' | 'submitted' | 'approved' | 'returned' | 'rejected';
              toUnitName: string | null;
              waitingAt: string | null;
            }[];
          };
        };
      };
      /** @description 请求参数有误（VALIDATION_FAILED 等），message 为中文说明，details 列出字段 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 未登录或会话已过期（UNAUTHENTICATED） */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 无权访问或登录步骤未完成（FORBIDDEN、SESSION_STAGE、PASSWORD_CHANGE_REQUIRED） */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  getUnionMemberRequestsById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            approvalId: string | null;
            createdAt: string;
            decidedAt: string | null;
            fromUnitName: string | null;
            /** Format: uuid */
            id: string;
            idNumberMasked: string;
            /** @enum {string} */
            kind: 'change' | 'transfer';
            /** Format: uuid */
            memberId: string;
            memberName: string;
            memberNo: string;
            newIdNumberMasked: string | null;
            newName: string | null;
            reason: string;
            requestNo: string;
            returnReason: string | null;
            /** @enum {string} */
            status: 'new' | 'submitted' | 'approved' | 'returned' | 'rejected';
            toUnitName: string | null;
            waitingAt: string | null;
          };
        };
      };
      /** @description 请求参数有误（VALIDATION_FAILED 等），message 为中文说明，details 列出字段 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 未登录或会话已过期（UNAUTHENTICATED） */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 无权访问或登录步骤未完成（FORBIDDEN、SESSION_STAGE、PASSWORD_CHANGE_REQUIRED） */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 记录不存在（NOT_FOUND） */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  postUnionMemberRequestsByIdApprove: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          reason?: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            approvalId: string | null;
            createdAt: string;
            decidedAt: string | null;
            fromUnitName: string | null;
            /** Format: uuid */
            id: string;
            idNumberMasked: string;
            /** @enum {string} */
            kind: 'change' | 'transfer';
            /** Format: uuid */
            memberId: string;
            memberName: string;
            memberNo: string;
            newIdNumberMasked: string | null;
            newName: string | null;
            reason: string;
            requestNo: string;
            returnReason: string | null;
            /** @enum {string} */
            status: 'new' | 'submitted' | 'approved' | 'returned' | 'rejected';
            toUnitName: string | null;
            waitingAt: string | null;
          };
        };
      };
      /** @description 请求参数有误（VALIDATION_FAILED 等），message 为中文说明，details 列出字段 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 未登录或会话已过期（UNAUTHENTICATED） */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 无权访问或登录步骤未完成（FORBIDDEN、SESSION_STAGE、PASSWORD_CHANGE_REQUIRED）；CSRF 令牌缺失或不符（CSRF_FAILED） */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 记录不存在（NOT_FOUND） */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  postUnionMemberRequestsByIdReturn: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          reason?: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            approvalId: string | null;
            createdAt: string;
            decidedAt: string | null;
            fromUnitName: string | null;
            /** Format: uuid */
            id: string;
            idNumberMasked: string;
            /** @enum {string} */
            kind: 'change' | 'transfer';
            /** Format: uuid */
            memberId: string;
            memberName: string;
            memberNo: string;
            newIdNumberMasked: string | null;
            newName: string | null;
            reason: string;
            requestNo: string;
            returnReason: string | null;
            /** @enum {string} */
            status: 'new' | 'submitted' | 'approved' | 'returned' | 'rejected';
            toUnitName: string | null;
            waitingAt: string | null;
          };
        };
      };
      /** @description 请求参数有误（VALIDATION_FAILED 等），message 为中文说明，details 列出字段 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 未登录或会话已过期（UNAUTHENTICATED） */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 无权访问或登录步骤未完成（FORBIDDEN、SESSION_STAGE、PASSWORD_CHANGE_REQUIRED）；CSRF 令牌缺失或不符（CSRF_FAILED） */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 记录不存在（NOT_FOUND） */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  postUnionMemberRequestsByIdSubmit: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            approvalId: string | null;
            createdAt: string;
            decidedAt: string | null;
            fromUnitName: string | null;
            /** Format: uuid */
            id: string;
            idNumberMasked: string;
            /** @enum {string} */
            kind: 'change' | 'transfer';
            /** Format: uuid */
            memberId: string;
            memberName: string;
            memberNo: string;
            newIdNumberMasked: string | null;
            newName: string | null;
            reason: string;
            requestNo: string;
            returnReason: string | null;
            /** @enum {string} */
            status: 'new' | 'submitted' | 'approved' | 'returned' | 'rejected';
            toUnitName: string | null;
            waitingAt: string | null;
          };
        };
      };
      /** @description 请求参数有误（VALIDATION_FAILED 等），message 为中文说明，details 列出字段 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 未登录或会话已过期（UNAUTHENTICATED） */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 无权访问或登录步骤未完成（FORBIDDEN、SESSION_STAGE、PASSWORD_CHANGE_REQUIRED）；CSRF 令牌缺失或不符（CSRF_FAILED） */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 记录不存在（NOT_FOUND） */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  getUnionMembers: {
    parameters: {
      query?: {
        idNumber?: string;
        memberNo?: string;
        name?: string;
        page?: number;
        pageSize?: number;
        status?: 'new' | 'submitted' | 'confirmed' | 'returned';
        unitNo?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              birthDate: string;
              createdAt: string;
              editable: boolean;
              extra: {
                [key: string]: string;
              };
              /** @enum {string} */
              gender: 'M' | 'F';
              /** Format: uuid */
              id: string;
              idNumberMasked: string;
              memberNo: string;
              mobileMasked: string | null;
              name: string;
              overAge: boolean;
              returnReason: string | null;
              /** @enum {string} */
              status: 'new' | 'submitted' | 'confirmed' | 'returned';
              unitName: string | null;
              unitNo: string | null;
              updatedAt: string;
            }[];
            page: number;
            pageSize: number;
            total: number;
          };
        };
      };
      /** @description 请求参数有误（VALIDATION_FAILED 等），message 为中文说明，details 列出字段 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 未登录或会话已过期（UNAUTHENTICATED） */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 无权访问或登录步骤未完成（FORBIDDEN、SESSION_STAGE、PASSWORD_CHANGE_REQUIRED） */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  postUnionMembers: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          extra?: {
            department?: string;
            ethnicity?: string;
            joinDate?: string;
            remark?: string;
          };
          idNumber: string;
          mobile?: string;
          name: string;
          /** Format: uuid */
          overAgeFileId?: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            birthDate: string;
            createdAt: string;
            editable: boolean;
            extra: {
              [key: string]: string;
            };
            /** @enum {string} */
            gender: 'M' | 'F';
            /** Format: uuid */
            id: string;
            idNumberMasked: string;
            memberNo: string;
            mobileMasked: string | null;
            name: string;
            overAge: boolean;
            returnReason: string | null;
            /** @enum {string} */
            status: 'new' | 'submitted' | 'confirmed' | 'returned';
            unitName: string | null;
            unitNo: string | null;
            updatedAt: string;
          };
        };
      };
      /** @description 请求参数有误（VALIDATION_FAILED 等），message 为中文说明，details 列出字段 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 未登录或会话已过期（UNAUTHENTICATED） */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 无权访问或登录步骤未完成（FORBIDDEN、SESSION_STAGE、PASSWORD_CHANGE_REQUIRED）；CSRF 令牌缺失或不符（CSRF_FAILED） */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  putUnionMembersById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          extra?: {
            department?: string;
            ethnicity?: string;
            joinDate?: string;
            remark?: string;
          };
          idNumber: string;
          mobile?: string;
          name: string;
          /** Format: uuid */
          overAgeFileId?: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            birthDate: string;
            createdAt: string;
            editable: boolean;
            extra: {
              [key: string]: string;
            };
            /** @enum {string} */
            gender: 'M' | 'F';
            /** Format: uuid */
            id: string;
            idNumberMasked: string;
            memberNo: string;
            mobileMasked: string | null;
            name: string;
            overAge: boolean;
            returnReason: string | null;
            /** @enum {string} */
            status: 'new' | 'submitted' | 'confirmed' | 'returned';
            unitName: string | null;
            unitNo: string | null;
            updatedAt: string;
          };
        };
      };
      /** @description 请求参数有误（VALIDATION_FAILED 等），message 为中文说明，details 列出字段 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 未登录或会话已过期（UNAUTHENTICATED） */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 无权访问或登录步骤未完成（FORBIDDEN、SESSION_STAGE、PASSWORD_CHANGE_REQUIRED）；CSRF 令牌缺失或不符（CSRF_FAILED） */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 记录不存在（NOT_FOUND） */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  deleteUnionMembersById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            ok: true;
          };
        };
      };
      /** @description 请求参数有误（VALIDATION_FAILED 等），message 为中文说明，details 列出字段 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 未登录或会话已过期（UNAUTHENTICATED） */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 无权访问或登录步骤未完成（FORBIDDEN、SESSION_STAGE、PASSWORD_CHANGE_REQUIRED）；CSRF 令牌缺失或不符（CSRF_FAILED） */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 记录不存在（NOT_FOUND） */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  getUnionMembersByIdHistory: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            applications: {
              applicationNo: string;
              copies: number | null;
              createdAt: string;
              planName: string;
              policyNo: string | null;
              premiumFen: number;
              /** Format: uuid */
              productId: string;
              /** @enum {string} */
              status:
                | 'draft'
                | 'submitted'
                | 'underwriting'
                | 'manual_review'
                | 'accepted'
                | 'declined'
                | 'paid'
                | 'issued'
                | 'returned'
                | 'cancelled';
              unitName: string | null;
            }[];
            claims: {
              amountPaidFen: number;
              claimDate: string;
              createdAt: string;
              diagnosisCategory: string;
              /** Format: uuid */
              id: string;
              idNumberMasked: string;
              /** Format: uuid */
              memberId: string;
              memberName: string;
              memberNo: string;
              planName: string;
              policyNo: string | null;
              productId: string | null;
              /** @enum {string} */
              source: 'agency' | 'import';
              unitName: string | null;
            }[];
            member: {
              birthDate: string;
              createdAt: string;
              /** @enum {string} */
              gender: 'M' | 'F';
              /** Format: uuid */
              id: string;
              idNumberMasked: string;
              memberNo: string;
              mobileMasked: string | null;
              name: string;
              /** @enum {string} */
              status: 'new' | 'submitted' | 'confirmed' | 'returned';
              unitName: string | null;
              unitNo: string | null;
            };
          };
        };
      };
      /** @description 请求参数有误（VALIDATION_FAILED 等），message 为中文说明，details 列出字段 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 未登录或会话已过期（UNAUTHENTICATED） */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 无权访问或登录步骤未完成（FORBIDDEN、SESSION_STAGE、PASSWORD_CHANGE_REQUIRED） */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 记录不存在（NOT_FOUND） */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  postUnionMembersByIdReveal: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            idNumber: string;
            mobile: string | null;
          };
        };
      };
      /** @description 请求参数有误（VALIDATION_FAILED 等），message 为中文说明，details 列出字段 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 未登录或会话已过期（UNAUTHENTICATED） */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 无权访问或登录步骤未完成（FORBIDDEN、SESSION_STAGE、PASSWORD_CHANGE_REQUIRED）；CSRF 令牌缺失或不符（CSRF_FAILED） */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 记录不存在（NOT_FOUND） */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  postUnionMembersConfirmSearch: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @default {} */
          search?: {
            idNumber?: string;
            memberNo?: string;
            name?: string;
            /** @enum {string} */
            status?: 'new' | 'submitted' | 'confirmed' | 'returned';
            unitNo?: string;
          };
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            count: number;
          };
        };
      };
      /** @description 请求参数有误（VALIDATION_FAILED 等），message 为中文说明，details 列出字段 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 未登录或会话已过期（UNAUTHENTICATED） */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 无权访问或登录步骤未完成（FORBIDDEN、SESSION_STAGE、PASSWORD_CHANGE_REQUIRED）；CSRF 令牌缺失或不符（CSRF_FAILED） */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  postUnionMembersDeleteSearch: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          confirm: string;
          /** @default {} */
          search?: {
            idNumber?: string;
            memberNo?: string;
            name?: string;
            /** @enum {string} */
            status?: 'new' | 'submitted' | 'confirmed' | 'returned';
            unitNo?: string;
          };
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            count: number;
          };
        };
      };
      /** @description 请求参数有误（VALIDATION_FAILED 等），message 为中文说明，details 列出字段 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 未登录或会话已过期（UNAUTHENTICATED） */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 无权访问或登录步骤未完成（FORBIDDEN、SESSION_STAGE、PASSWORD_CHANGE_REQUIRED）；CSRF 令牌缺失或不符（CSRF_FAILED） */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  postUnionMembersOverAgeFiles: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            fileId: string;
            name: string;
          };
        };
      };
      /** @description 请求参数有误（VALIDATION_FAILED 等），message 为中文说明，details 列出字段 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 未登录或会话已过期（UNAUTHENTICATED） */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 无权访问或登录步骤未完成（FORBIDDEN、SESSION_STAGE、PASSWORD_CHANGE_REQUIRED）；CSRF 令牌缺失或不符（CSRF_FAILED） */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  postUnionMembersReturnSearch: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          reason: string;
          /** @default {} */
          search?: {
            idNumber?: string;
            memberNo?: string;
            name?: string;
            /** @enum {string} */
            status?: 'new' | 'submitted' | 'confirmed' | 'returned';
            unitNo?: string;
          };
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            count: number;
          };
        };
      };
      /** @description 请求参数有误（VALIDATION_FAILED 等），message 为中文说明，details 列出字段 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 未登录或会话已过期（UNAUTHENTICATED） */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 无权访问或登录步骤未完成（FORBIDDEN、SESSION_STAGE、PASSWORD_CHANGE_REQUIRED）；CSRF 令牌缺失或不符（CSRF_FAILED） */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  postUnionMembersSubmitSearch: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @default {} */
          search?: {
            idNumber?: string;
            memberNo?: string;
            name?: string;
            /** @enum {string} */
            status?: 'new' | 'submitted' | 'confirmed' | 'returned';
            unitNo?: string;
          };
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            count: number;
          };
        };
      };
      /** @description 请求参数有误（VALIDATION_FAILED 等），message 为中文说明，details 列出字段 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 未登录或会话已过期（UNAUTHENTICATED） */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 无权访问或登录步骤未完成（FORBIDDEN、SESSION_STAGE、PASSWORD_CHANGE_REQUIRED）；CSRF 令牌缺失或不符（CSRF_FAILED） */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  getUnionPlans: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              code: string;
              /** Format: uuid */
              id: string;
              name: string;
            }[];
          };
        };
      };
      /** @description 请求参数有误（VALIDATION_FAILED 等），message 为中文说明，details 列出字段 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 未登录或会话已过期（UNAUTHENTICATED） */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 无权访问或登录步骤未完成（FORBIDDEN、SESSION_STAGE、PASSWORD_CHANGE_REQUIRED） */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  getUnionReceipts: {
    parameters: {
      query?: {
        page?: number;
        pageSize?: number;
        unitNo?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              amountFen: number;
              applicationCount: number;
              /** Format: date-time */
              createdAt: string;
              documentId: string | null;
              headCount: number;
              /** Format: uuid */
              id: string;
              productId: string | null;
              productName: string | null;
              receiptNo: string;
              unitName: string | null;
              unitNo: string | null;
              /** Format: uuid */
              unitOrgId: string;
            }[];
            page: number;
            pageSize: number;
            total: number;
          };
        };
      };
      /** @description 请求参数有误（VALIDATION_FAILED 等），message 为中文说明，details 列出字段 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 未登录或会话已过期（UNAUTHENTICATED） */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 无权访问或登录步骤未完成（FORBIDDEN、SESSION_STAGE、PASSWORD_CHANGE_REQUIRED） */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  postUnionReceipts: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          paymentMethod?: string;
          /** Format: uuid */
          productId?: string;
          unitNo: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            amountFen: number;
            applicationCount: number;
            /** Format: date-time */
            createdAt: string;
            documentId: string | null;
            headCount: number;
            /** Format: uuid */
            id: string;
            productId: string | null;
            productName: string | null;
            receiptNo: string;
            unitName: string | null;
            unitNo: string | null;
            /** Format: uuid */
            unitOrgId: string;
          };
        };
      };
      /** @description 请求参数有误（VALIDATION_FAILED 等），message 为中文说明，details 列出字段 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 未登录或会话已过期（UNAUTHENTICATED） */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 无权访问或登录步骤未完成（FORBIDDEN、SESSION_STAGE、PASSWORD_CHANGE_REQUIRED）；CSRF 令牌缺失或不符（CSRF_FAILED） */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  getUnionSubmissions: {
    parameters: {
      query?: {
        page?: number;
        pageSize?: number;
        productId?: string;
        status?:
          | 'draft'
          | 'submitted'
          | 'underwriting'
          | 'manual_review'
          | 'accepted'
          | 'declined'
          | 'paid'
          | 'issued'
          | 'returned'
          | 'cancelled';
        unitNo?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              applicationNo: string;
              copies: number | null;
              /** Format: date-time */
              createdAt: string;
              expectedEffectiveDate: string | null;
              gender: ('M' | 'F') | null;
              idNumberMasked: string;
              memberNo: string | null;
              name: string;
              policyNo: string | null;
              premiumFen: number;
              /** Format: uuid */
              productId: string;
              productName: string | null;
              returnReason: string | null;
              /** @enum {string} */
              status:
                | 'draft'
                | 'submitted'
                | 'underwriting'
                | 'manual_review'
                | 'accepted'
                | 'declined'
                | 'paid'
                | 'issued'
                | 'returned'
                | 'cancelled';
              unitName: string | null;
              unitNo: string | null;
              unitOrgId: string | null;
            }[];
            page: number;
            pageSize: number;
            /** @enum {string} */
            status:
              | 'draft'
              | 'submitted'
              | 'underwriting'
              | 'manual_review'
              | 'accepted'
              | 'declined'
              | 'paid'
              | 'issued'
              | 'returned'
              | 'cancelled';
            total: number;
            totalExact: boolean;
          };
        };
      };
      /** @description 请求参数有误（VALIDATION_FAILED 等），message 为中文说明，details 列出字段 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 未登录或会话已过期（UNAUTHENTICATED） */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 无权访问或登录步骤未完成（FORBIDDEN、SESSION_STAGE、PASSWORD_CHANGE_REQUIRED） */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  postUnionSubmissionsConfirmSearch: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: uuid */
          productId?: string;
          /** @enum {string} */
          status?:
            | 'draft'
            | 'submitted'
            | 'underwriting'
            | 'manual_review'
            | 'accepted'
            | 'declined'
            | 'paid'
            | 'issued'
            | 'returned'
            | 'cancelled';
          unitNo?: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            moved: number;
            taskId: string | null;
          };
        };
      };
      /** @description 请求参数有误（VALIDATION_FAILED 等），message 为中文说明，details 列出字段 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 未登录或会话已过期（UNAUTHENTICATED） */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 无权访问或登录步骤未完成（FORBIDDEN、SESSION_STAGE、PASSWORD_CHANGE_REQUIRED）；CSRF 令牌缺失或不符（CSRF_FAILED） */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  postUnionSubmissionsPassSearch: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: uuid */
          productId?: string;
          /** @enum {string} */
          status?:
            | 'draft'
            | 'submitted'
            | 'underwriting'
            | 'manual_review'
            | 'accepted'
            | 'declined'
            | 'paid'
            | 'issued'
            | 'returned'
            | 'cancelled';
          unitNo?: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            moved: number;
          };
        };
      };
      /** @description 请求参数有误（VALIDATION_FAILED 等），message 为中文说明，details 列出字段 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 未登录或会话已过期（UNAUTHENTICATED） */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 无权访问或登录步骤未完成（FORBIDDEN、SESSION_STAGE、PASSWORD_CHANGE_REQUIRED）；CSRF 令牌缺失或不符（CSRF_FAILED） */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  postUnionSubmissionsReturnSearch: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: uuid */
          productId?: string;
          reason: string;
          /** @enum {string} */
          status?:
            | 'draft'
            | 'submitted'
            | 'underwriting'
            | 'manual_review'
            | 'accepted'
            | 'declined'
            | 'paid'
            | 'issued'
            | 'returned'
            | 'cancelled';
          unitNo?: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            moved: number;
          };
        };
      };
      /** @description 请求参数有误（VALIDATION_FAILED 等），message 为中文说明，details 列出字段 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 未登录或会话已过期（UNAUTHENTICATED） */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 无权访问或登录步骤未完成（FORBIDDEN、SESSION_STAGE、PASSWORD_CHANGE_REQUIRED）；CSRF 令牌缺失或不符（CSRF_FAILED） */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  getUnionSubmissionsTotals: {
    parameters: {
      query?: {
        productId?: string;
        status?:
          | 'draft'
          | 'submitted'
          | 'underwriting'
          | 'manual_review'
          | 'accepted'
          | 'declined'
          | 'paid'
          | 'issued'
          | 'returned'
          | 'cancelled';
        unitNo?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            count: number;
            headCount: number;
            premiumFen: number;
            /** @enum {string} */
            status:
              | 'draft'
              | 'submitted'
              | 'underwriting'
              | 'manual_review'
              | 'accepted'
              | 'declined'
              | 'paid'
              | 'issued'
              | 'returned'
              | 'cancelled';
          };
        };
      };
      /** @description 请求参数有误（VALIDATION_FAILED 等），message 为中文说明，details 列出字段 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 未登录或会话已过期（UNAUTHENTICATED） */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 无权访问或登录步骤未完成（FORBIDDEN、SESSION_STAGE、PASSWORD_CHANGE_REQUIRED） */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  getUnionTerminablePolicies: {
    parameters: {
      query?: {
        idNumber?: string;
        memberNo?: string;
        page?: number;
        pageSize?: number;
        policyNo?: string;
        productCode?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              copies: number | null;
              endDate: string;
              idNumberMasked: string;
              memberNo: string | null;
              name: string;
              openRequestNo: string | null;
              /** Format: uuid */
              policyId: string;
              policyNo: string;
              premiumFen: number;
              productCode: string;
              productName: string;
              startDate: string;
              statusLabel: string;
              unitName: string | null;
              unitNo: string | null;
            }[];
            page: number;
            pageSize: number;
            total: number;
          };
        };
      };
      /** @description 请求参数有误（VALIDATION_FAILED 等），message 为中文说明，details 列出字段 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 未登录或会话已过期（UNAUTHENTICATED） */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 无权访问或登录步骤未完成（FORBIDDEN、SESSION_STAGE、PASSWORD_CHANGE_REQUIRED） */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  getUnionTerminations: {
    parameters: {
      query?: {
        awaitingMe?: 'true' | 'false';
        idNumber?: string;
        memberNo?: string;
        page?: number;
        pageSize?: number;
        policyNo?: string;
        productCode?: string;
        status?: 'new' | 'submitted' | 'forwarded' | 'approved' | 'returned';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              approvalId: string | null;
              awaitingLevel: string | null;
              canDecide: boolean;
              createdAt: string;
              endorsementDocumentId: string | null;
              endorsementNo: string | null;
              formDocumentId: string | null;
              /** Format: uuid */
              id: string;
              policy: {
                copies: number | null;
                endDate: string;
                idNumberMasked: string;
                memberNo: string | null;
                name: string;
                openRequestNo: string | null;
                /** Format: uuid */
                policyId: string;
                policyNo: string;
                premiumFen: number;
                productCode: string;
                productName: string;
                startDate: string;
                statusLabel: string;
                unitName: string | null;
                unitNo: string | null;
              };
              reason: string;
              refundFen: number;
              requestNo: string;
              returnReason: string | null;
              /** @enum {string} */
              status: 'new' | 'submitted' | 'forwarded' | 'approved' | 'returned';
              statusLabel: string;
              terminationDate: string;
            }[];
            page: number;
            pageSize: number;
            total: number;
          };
        };
      };
      /** @description 请求参数有误（VALIDATION_FAILED 等），message 为中文说明，details 列出字段 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 未登录或会话已过期（UNAUTHENTICATED） */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 无权访问或登录步骤未完成（FORBIDDEN、SESSION_STAGE、PASSWORD_CHANGE_REQUIRED） */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  postUnionTerminations: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          policyIds: string[];
          reason: string;
          terminationDate: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              approvalId: string | null;
              awaitingLevel: string | null;
              canDecide: boolean;
              createdAt: string;
              endorsementDocumentId: string | null;
              endorsementNo: string | null;
              formDocumentId: string | null;
              /** Format: uuid */
              id: string;
              policy: {
                copies: number | null;
                endDate: string;
                idNumberMasked: string;
                memberNo: string | null;
                name: string;
                openRequestNo: string | null;
                /** Format: uuid */
                policyId: string;
                policyNo: string;
                premiumFen: number;
                productCode: string;
                productName: string;
                startDate: string;
                statusLabel: string;
                unitName: string | null;
                unitNo: string | null;
              };
              reason: string;
              refundFen: number;
              requestNo: string;
              returnReason: string | null;
              /** @enum {string} */
              status: 'new' | 'submitted' | 'forwarded' | 'approved' | 'returned';
              statusLabel: string;
              terminationDate: string;
            }[];
          };
        };
      };
      /** @description 请求参数有误（VALIDATION_FAILED 等），message 为中文说明，details 列出字段 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 未登录或会话已过期（UNAUTHENTICATED） */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 无权访问或登录步骤未完成（FORBIDDEN、SESSION_STAGE、PASSWORD_CHANGE_REQUIRED）；CSRF 令牌缺失或不符（CSRF_FAILED） */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  postUnionTerminationsDecide: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @enum {string} */
          action: 'approve' | 'return';
          ids: string[];
          reason?: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              approvalId: string | null;
              awaitingLevel: string | null;
              canDecide: boolean;
              createdAt: string;
              endorsementDocumentId: string | null;
              endorsementNo: string | null;
              formDocumentId: string | null;
              /** Format: uuid */
              id: string;
              policy: {
                copies: number | null;
                endDate: string;
                idNumberMasked: string;
                memberNo: string | null;
                name: string;
                openRequestNo: string | null;
                /** Format: uuid */
                policyId: string;
                policyNo: string;
                premiumFen: number;
                productCode: string;
                productName: string;
                startDate: string;
                statusLabel: string;
                unitName: string | null;
                unitNo: string | null;
              };
              reason: string;
              refundFen: number;
              requestNo: string;
              returnReason: string | null;
              /** @enum {string} */
              status: 'new' | 'submitted' | 'forwarded' | 'approved' | 'returned';
              statusLabel: string;
              terminationDate: string;
            }[];
          };
        };
      };
      /** @description 请求参数有误（VALIDATION_FAILED 等），message 为中文说明，details 列出字段 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 未登录或会话已过期（UNAUTHENTICATED） */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 无权访问或登录步骤未完成（FORBIDDEN、SESSION_STAGE、PASSWORD_CHANGE_REQUIRED）；CSRF 令牌缺失或不符（CSRF_FAILED） */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  postUnionTerminationsExport: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          ids: string[];
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              /** Format: uuid */
              documentId: string;
              downloadUrl: string;
              /** Format: uuid */
              id: string;
              policyNo: string;
              requestNo: string;
            }[];
          };
        };
      };
      /** @description 请求参数有误（VALIDATION_FAILED 等），message 为中文说明，details 列出字段 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 未登录或会话已过期（UNAUTHENTICATED） */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 无权访问或登录步骤未完成（FORBIDDEN、SESSION_STAGE、PASSWORD_CHANGE_REQUIRED）；CSRF 令牌缺失或不符（CSRF_FAILED） */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  postUnionTerminationsSubmit: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          ids: string[];
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              approvalId: string | null;
              awaitingLevel: string | null;
              canDecide: boolean;
              createdAt: string;
              endorsementDocumentId: string | null;
              endorsementNo: string | null;
              formDocumentId: string | null;
              /** Format: uuid */
              id: string;
              policy: {
                copies: number | null;
                endDate: string;
                idNumberMasked: string;
                memberNo: string | null;
                name: string;
                openRequestNo: string | null;
                /** Format: uuid */
                policyId: string;
                policyNo: string;
                premiumFen: number;
                productCode: string;
                productName: string;
                startDate: string;
                statusLabel: string;
                unitName: string | null;
                unitNo: string | null;
              };
              reason: string;
              refundFen: number;
              requestNo: string;
              returnReason: string | null;
              /** @enum {string} */
              status: 'new' | 'submitted' | 'forwarded' | 'approved' | 'returned';
              statusLabel: string;
              terminationDate: string;
            }[];
          };
        };
      };
      /** @description 请求参数有误（VALIDATION_FAILED 等），message 为中文说明，details 列出字段 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 未登录或会话已过期（UNAUTHENTICATED） */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 无权访问或登录步骤未完成（FORBIDDEN、SESSION_STAGE、PASSWORD_CHANGE_REQUIRED）；CSRF 令牌缺失或不符（CSRF_FAILED） */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  postUnionTransfers: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: uuid */
          memberId: string;
          reason?: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            approvalId: string | null;
            createdAt: string;
            decidedAt: string | null;
            fromUnitName: string | null;
            /** Format: uuid */
            id: string;
            idNumberMasked: string;
            /** @enum {string} */
            kind: 'change' | 'transfer';
            /** Format: uuid */
            memberId: string;
            memberName: string;
            memberNo: string;
            newIdNumberMasked: string | null;
            newName: string | null;
            reason: string;
            requestNo: string;
            returnReason: string | null;
            /** @enum {string} */
            status: 'new' | 'submitted' | 'approved' | 'returned' | 'rejected';
            toUnitName: string | null;
            waitingAt: string | null;
          };
        };
      };
      /** @description 请求参数有误（VALIDATION_FAILED 等），message 为中文说明，details 列出字段 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 未登录或会话已过期（UNAUTHENTICATED） */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 无权访问或登录步骤未完成（FORBIDDEN、SESSION_STAGE、PASSWORD_CHANGE_REQUIRED）；CSRF 令牌缺失或不符（CSRF_FAILED） */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  getUnionTransfersCandidate: {
    parameters: {
      query?: {
        idNumber?: string;
        memberNo?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            memberId: string;
            nameMasked: string;
            unitName: string | null;
          };
        };
      };
      /** @description 请求参数有误（VALIDATION_FAILED 等），message 为中文说明，details 列出字段 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 未登录或会话已过期（UNAUTHENTICATED） */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 无权访问或登录步骤未完成（FORBIDDEN、SESSION_STAGE、PASSWORD_CHANGE_REQUIRED） */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
}
