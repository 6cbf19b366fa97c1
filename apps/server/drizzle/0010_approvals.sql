CREATE TABLE "approval_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"subject_type" text NOT NULL,
	"subject_id" uuid NOT NULL,
	"owner_org_id" uuid NOT NULL,
	"line" text,
	"chain" text NOT NULL,
	"levels" jsonb NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"current_level" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"decided_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "approval_steps" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"request_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"action" text NOT NULL,
	"level" integer,
	"from_status" text NOT NULL,
	"to_status" text NOT NULL,
	"actor_user_id" uuid,
	"actor_name" text NOT NULL,
	"actor_role" text,
	"actor_org_id" uuid,
	"actor_org_name" text,
	"reason" text,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "approval_requests_subject_uq" ON "approval_requests" USING btree ("subject_type","subject_id");--> statement-breakpoint
CREATE INDEX "approval_requests_owner_idx" ON "approval_requests" USING btree ("owner_org_id");--> statement-breakpoint
CREATE INDEX "approval_requests_status_idx" ON "approval_requests" USING btree ("status");--> statement-breakpoint
CREATE UNIQUE INDEX "approval_steps_seq_uq" ON "approval_steps" USING btree ("request_id","seq");--> statement-breakpoint
-- Registrations and product versions already pending review get their approval request, with the
-- submission recorded from what they stored (who and when), so they stay reviewable and show a
-- timeline. The level snapshots repeat the chains of lines/exchange/registration-approval.ts and
-- modules/products/listing-approval.ts as they are today. Decided ones keep no request (their
-- decision is in their own columns and the audit log). Each statement skips what exists already.
INSERT INTO "approval_requests" ("subject_type", "subject_id", "owner_org_id", "line", "chain", "levels", "status", "current_level", "created_at", "updated_at")
SELECT 'exchange.registration', r."id", r."org_id", 'TAX_HEALTH', 'exchange.registration',
  jsonb_build_array(jsonb_build_object('key', 'exchange', 'label', jsonb_build_object('zh', '交易所审核', 'en', 'Exchange review'),
    'orgId', p."id", 'orgName', p."name", 'roles', jsonb_build_array('exchange_admin'))),
  'submitted', 0, r."created_at", r."created_at"
FROM "exchange_registrations" r
JOIN "organizations" o ON o."id" = r."org_id"
JOIN "organizations" p ON p."type" = 'platform' AND o."path" LIKE p."path" || '%'
WHERE r."status" = 'pending'
ON CONFLICT DO NOTHING;
--> statement-breakpoint
INSERT INTO "approval_requests" ("subject_type", "subject_id", "owner_org_id", "line", "chain", "levels", "status", "current_level", "created_at", "updated_at")
SELECT CASE WHEN pr."current_version_id" IS NULL THEN 'product.listing' ELSE 'product.change' END,
  CASE WHEN pr."current_version_id" IS NULL THEN pr."id" ELSE v."id" END,
  pr."insurer_org_id", pr."line",
  CASE WHEN pr."current_version_id" IS NULL THEN 'product.listing' ELSE 'product.change' END,
  jsonb_build_array(jsonb_build_object('key', 'exchange',
    'label', CASE WHEN pr."current_version_id" IS NULL THEN jsonb_build_object('zh', '挂牌交易审核', 'en', 'Listing review')
                  ELSE jsonb_build_object('zh', '挂牌变更审核', 'en', 'Change review') END,
    'orgId', p."id", 'orgName', p."name", 'roles', jsonb_build_array('exchange_admin'))),
  'submitted', 0, v."created_at", v."created_at"
FROM "product_versions" v
JOIN "products" pr ON pr."id" = v."product_id"
JOIN "organizations" o ON o."id" = pr."insurer_org_id"
JOIN "organizations" p ON p."type" = 'platform' AND o."path" LIKE p."path" || '%'
WHERE v."status" = 'pending'
ON CONFLICT DO NOTHING;
--> statement-breakpoint
INSERT INTO "approval_steps" ("request_id", "seq", "action", "level", "from_status", "to_status", "actor_user_id", "actor_name", "actor_role", "actor_org_id", "actor_org_name", "reason", "at")
SELECT a."id", 1, 'submit', NULL, 'draft', 'submitted', r."user_id", r."contact_name", 'enterprise_operator', r."org_id", o."name",
  '审批记录启用前提交，据原申请补记', r."created_at"
FROM "approval_requests" a
JOIN "exchange_registrations" r ON r."id" = a."subject_id"
JOIN "organizations" o ON o."id" = r."org_id"
WHERE a."subject_type" = 'exchange.registration'
  AND NOT EXISTS (SELECT 1 FROM "approval_steps" s WHERE s."request_id" = a."id");
--> statement-breakpoint
INSERT INTO "approval_steps" ("request_id", "seq", "action", "level", "from_status", "to_status", "actor_user_id", "actor_name", "actor_role", "actor_org_id", "actor_org_name", "reason", "at")
SELECT a."id", 1, 'submit', NULL, 'draft', 'submitted', v."submitted_by", coalesce(u."display_name", '未记录'), u."role",
  coalesce(u."org_id", pr."insurer_org_id"), coalesce(uo."name", o."name"), '审批记录启用前提交，据原申请补记', v."created_at"
FROM "approval_requests" a
JOIN "product_versions" v ON (a."subject_type" = 'product.change' AND v."id" = a."subject_id")
  OR (a."subject_type" = 'product.listing' AND v."product_id" = a."subject_id" AND v."status" = 'pending')
JOIN "products" pr ON pr."id" = v."product_id"
JOIN "organizations" o ON o."id" = pr."insurer_org_id"
LEFT JOIN "users" u ON u."id" = v."submitted_by"
LEFT JOIN "organizations" uo ON uo."id" = u."org_id"
WHERE a."subject_type" IN ('product.listing', 'product.change')
  AND NOT EXISTS (SELECT 1 FROM "approval_steps" s WHERE s."request_id" = a."id");
