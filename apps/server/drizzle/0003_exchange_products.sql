CREATE TABLE "disclosures" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"product_id" uuid NOT NULL,
	"title" text NOT NULL,
	"file_id" uuid NOT NULL,
	"published_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "exchange_applications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"application_no" text NOT NULL,
	"invitation_id" uuid,
	"user_id" uuid NOT NULL,
	"product_id" uuid NOT NULL,
	"product_version_id" uuid NOT NULL,
	"insurer_org_id" uuid NOT NULL,
	"enterprise_org_id" uuid,
	"year" integer NOT NULL,
	"status" text DEFAULT 'underwriting' NOT NULL,
	"answers" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"bank_card_id" uuid,
	"consent_at" timestamp with time zone,
	"premium_fen" bigint NOT NULL,
	"insurer_ref" text,
	"policy_id" uuid,
	"tax_code" text,
	"decline_reason" text,
	"decided_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "idempotency_records" (
	"insurer_org_id" uuid NOT NULL,
	"key" text NOT NULL,
	"request_hash" text NOT NULL,
	"status_code" integer NOT NULL,
	"response" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "idempotency_records_pk" PRIMARY KEY("insurer_org_id","key")
);
--> statement-breakpoint
CREATE TABLE "insurer_api_keys" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"insurer_org_id" uuid NOT NULL,
	"key_id" text NOT NULL,
	"secret_enc" text NOT NULL,
	"webhook_url" text,
	"status" text DEFAULT 'active' NOT NULL,
	"created_by" uuid,
	"last_used_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "insurer_api_nonces" (
	"key_id" text NOT NULL,
	"nonce" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	CONSTRAINT "insurer_api_nonces_pk" PRIMARY KEY("key_id","nonce")
);
--> statement-breakpoint
CREATE TABLE "product_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"product_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"content" jsonb NOT NULL,
	"clauses_file_id" uuid,
	"review_reason" text,
	"submitted_by" uuid,
	"reviewed_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"approved_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "products" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"insurer_org_id" uuid NOT NULL,
	"line" text DEFAULT 'TAX_HEALTH' NOT NULL,
	"name" text NOT NULL,
	"status" text DEFAULT 'pending_listing' NOT NULL,
	"published" boolean DEFAULT false NOT NULL,
	"current_version_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "webhook_deliveries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"insurer_org_id" uuid NOT NULL,
	"event" text NOT NULL,
	"payload" jsonb NOT NULL,
	"url" text NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_status" integer,
	"last_error" text,
	"delivered_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "disclosures_product_idx" ON "disclosures" USING btree ("product_id");--> statement-breakpoint
CREATE UNIQUE INDEX "exchange_applications_no_uq" ON "exchange_applications" USING btree ("application_no");--> statement-breakpoint
CREATE UNIQUE INDEX "exchange_applications_person_year_uq" ON "exchange_applications" USING btree ("user_id","product_id","year");--> statement-breakpoint
CREATE INDEX "exchange_applications_insurer_idx" ON "exchange_applications" USING btree ("insurer_org_id");--> statement-breakpoint
CREATE UNIQUE INDEX "insurer_api_keys_key_uq" ON "insurer_api_keys" USING btree ("key_id");--> statement-breakpoint
CREATE INDEX "insurer_api_keys_org_idx" ON "insurer_api_keys" USING btree ("insurer_org_id");--> statement-breakpoint
CREATE INDEX "insurer_api_nonces_at_idx" ON "insurer_api_nonces" USING btree ("at");--> statement-breakpoint
CREATE UNIQUE INDEX "product_versions_no_uq" ON "product_versions" USING btree ("product_id","version");--> statement-breakpoint
CREATE INDEX "product_versions_status_idx" ON "product_versions" USING btree ("status");--> statement-breakpoint
CREATE UNIQUE INDEX "products_code_uq" ON "products" USING btree ("code");--> statement-breakpoint
CREATE INDEX "products_insurer_idx" ON "products" USING btree ("insurer_org_id");--> statement-breakpoint
CREATE INDEX "webhook_deliveries_due_idx" ON "webhook_deliveries" USING btree ("status","next_attempt_at");