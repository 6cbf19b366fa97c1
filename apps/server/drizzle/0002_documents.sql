CREATE TABLE "document_query_attempts" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"key_hash" text,
	"ip" text,
	"ok" boolean NOT NULL,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "documents" (
	"id" uuid PRIMARY KEY NOT NULL,
	"document_no" text NOT NULL,
	"kind" text NOT NULL,
	"policy_id" uuid,
	"endorsement_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"insurer_org_id" uuid,
	"org_id" uuid,
	"holder_user_id" uuid,
	"sha256" text NOT NULL,
	"size" bigint NOT NULL,
	"file_id" uuid NOT NULL,
	"storage_key" text NOT NULL,
	"signing_key_id" uuid,
	"algorithm" text NOT NULL,
	"issued_at" timestamp with time zone NOT NULL,
	"retention_until" timestamp with time zone NOT NULL,
	"legal_hold" boolean DEFAULT false NOT NULL,
	"legal_hold_reason" text,
	"specimen" boolean DEFAULT false NOT NULL,
	"deleted_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "endorsements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"policy_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"endorsement_no" text NOT NULL,
	"kind" text NOT NULL,
	"description" text NOT NULL,
	"changes" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"effective_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "number_sequences" (
	"name" text PRIMARY KEY NOT NULL,
	"value" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "policies" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"policy_no" text NOT NULL,
	"line" text NOT NULL,
	"product_code" text NOT NULL,
	"product_name" text NOT NULL,
	"insurer_org_id" uuid NOT NULL,
	"org_id" uuid,
	"holder_user_id" uuid,
	"holder_name" text NOT NULL,
	"holder_id_type" text NOT NULL,
	"holder_id_number_enc" text NOT NULL,
	"holder_id_number_idx" text NOT NULL,
	"holder_id_number_masked" text NOT NULL,
	"sum_insured_fen" bigint DEFAULT 0 NOT NULL,
	"premium_fen" bigint DEFAULT 0 NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"status" text DEFAULT 'issued' NOT NULL,
	"status_reason" text,
	"status_changed_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"details" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"issued_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "policy_insured" (
	"policy_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"name" text NOT NULL,
	"id_type" text NOT NULL,
	"id_number_enc" text NOT NULL,
	"id_number_idx" text NOT NULL,
	"id_number_masked" text NOT NULL,
	"gender" text,
	"birth_date" text,
	"extra" jsonb DEFAULT '{}'::jsonb NOT NULL,
	CONSTRAINT "policy_insured_pk" PRIMARY KEY("policy_id","seq")
);
--> statement-breakpoint
CREATE TABLE "signing_keys" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"insurer_org_id" uuid,
	"kind" text NOT NULL,
	"algorithm" text NOT NULL,
	"subject" text NOT NULL,
	"serial" text NOT NULL,
	"not_before" timestamp with time zone NOT NULL,
	"not_after" timestamp with time zone NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"revoked_at" timestamp with time zone,
	"revocation_reason" text,
	"certificate_pem" text NOT NULL,
	"chain_pem" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"private_key_enc" text,
	"issuer_key_id" uuid,
	"source" text DEFAULT 'generated' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "doc_query_key_idx" ON "document_query_attempts" USING btree ("key_hash","at");--> statement-breakpoint
CREATE INDEX "doc_query_ip_idx" ON "document_query_attempts" USING btree ("ip","at");--> statement-breakpoint
CREATE UNIQUE INDEX "documents_no_uq" ON "documents" USING btree ("document_no");--> statement-breakpoint
CREATE INDEX "documents_policy_idx" ON "documents" USING btree ("policy_id");--> statement-breakpoint
CREATE INDEX "documents_sha_idx" ON "documents" USING btree ("sha256");--> statement-breakpoint
CREATE INDEX "documents_org_idx" ON "documents" USING btree ("org_id");--> statement-breakpoint
CREATE INDEX "documents_holder_idx" ON "documents" USING btree ("holder_user_id");--> statement-breakpoint
CREATE INDEX "documents_issued_idx" ON "documents" USING btree ("issued_at");--> statement-breakpoint
CREATE UNIQUE INDEX "endorsements_no_uq" ON "endorsements" USING btree ("endorsement_no");--> statement-breakpoint
CREATE UNIQUE INDEX "endorsements_policy_seq_uq" ON "endorsements" USING btree ("policy_id","seq");--> statement-breakpoint
CREATE UNIQUE INDEX "policies_policy_no_uq" ON "policies" USING btree ("policy_no");--> statement-breakpoint
CREATE INDEX "policies_org_idx" ON "policies" USING btree ("org_id");--> statement-breakpoint
CREATE INDEX "policies_insurer_idx" ON "policies" USING btree ("insurer_org_id");--> statement-breakpoint
CREATE INDEX "policies_holder_user_idx" ON "policies" USING btree ("holder_user_id");--> statement-breakpoint
CREATE INDEX "policies_holder_id_idx" ON "policies" USING btree ("holder_id_number_idx");--> statement-breakpoint
CREATE INDEX "policy_insured_id_number_idx" ON "policy_insured" USING btree ("id_number_idx");--> statement-breakpoint
CREATE INDEX "signing_keys_insurer_idx" ON "signing_keys" USING btree ("insurer_org_id");--> statement-breakpoint
CREATE UNIQUE INDEX "signing_keys_active_signing_uq" ON "signing_keys" USING btree ("insurer_org_id") WHERE status = 'active' and kind = 'signing';--> statement-breakpoint
CREATE UNIQUE INDEX "signing_keys_active_platform_uq" ON "signing_keys" USING btree ("kind","algorithm") WHERE status = 'active' and insurer_org_id is null;