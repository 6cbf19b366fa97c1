CREATE TABLE "union_claims" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"member_id" uuid NOT NULL,
	"unit_org_id" uuid NOT NULL,
	"claim_date" date NOT NULL,
	"product_id" uuid,
	"plan_name" text NOT NULL,
	"diagnosis_category" text NOT NULL,
	"amount_paid_fen" bigint NOT NULL,
	"policy_no" text,
	"source" text NOT NULL,
	"import_id" uuid,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "union_member_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"request_no" text NOT NULL,
	"kind" text NOT NULL,
	"member_id" uuid NOT NULL,
	"from_unit_org_id" uuid NOT NULL,
	"to_unit_org_id" uuid NOT NULL,
	"new_name" text,
	"new_id_number_enc" text,
	"new_id_number_idx" text,
	"new_id_number_masked" text,
	"reason" text NOT NULL,
	"status" text DEFAULT 'new' NOT NULL,
	"approval_id" uuid,
	"created_by" uuid,
	"decided_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "union_members" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"member_no" text NOT NULL,
	"unit_org_id" uuid NOT NULL,
	"name" text NOT NULL,
	"id_type" text DEFAULT 'resident_id' NOT NULL,
	"id_number_enc" text NOT NULL,
	"id_number_idx" text NOT NULL,
	"id_number_masked" text NOT NULL,
	"gender" text NOT NULL,
	"birth_date" date NOT NULL,
	"mobile_enc" text,
	"mobile_masked" text,
	"extra" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"status" text DEFAULT 'new' NOT NULL,
	"return_reason" text,
	"over_age_file_id" uuid,
	"created_by" uuid,
	"submitted_at" timestamp with time zone,
	"confirmed_at" timestamp with time zone,
	"confirmed_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "union_receipts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"receipt_no" text NOT NULL,
	"agency_org_id" uuid NOT NULL,
	"unit_org_id" uuid NOT NULL,
	"product_id" uuid,
	"amount_fen" bigint NOT NULL,
	"head_count" integer NOT NULL,
	"application_nos" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"document_id" uuid,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "union_terminations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"request_no" text NOT NULL,
	"policy_id" uuid NOT NULL,
	"unit_org_id" uuid NOT NULL,
	"termination_date" date NOT NULL,
	"reason" text NOT NULL,
	"status" text DEFAULT 'new' NOT NULL,
	"approval_id" uuid,
	"form_document_id" uuid,
	"endorsement_id" uuid,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "union_units" (
	"org_id" uuid PRIMARY KEY NOT NULL,
	"unit_no" text NOT NULL,
	"member_seq" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "union_claims_member_idx" ON "union_claims" USING btree ("member_id","claim_date");--> statement-breakpoint
CREATE UNIQUE INDEX "union_member_requests_no_uq" ON "union_member_requests" USING btree ("request_no");--> statement-breakpoint
CREATE INDEX "union_member_requests_member_idx" ON "union_member_requests" USING btree ("member_id");--> statement-breakpoint
CREATE INDEX "union_member_requests_to_unit_idx" ON "union_member_requests" USING btree ("to_unit_org_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "union_members_no_uq" ON "union_members" USING btree ("member_no");--> statement-breakpoint
CREATE UNIQUE INDEX "union_members_id_uq" ON "union_members" USING btree ("id_number_idx");--> statement-breakpoint
CREATE INDEX "union_members_unit_status_idx" ON "union_members" USING btree ("unit_org_id","status","created_at");--> statement-breakpoint
CREATE INDEX "union_members_name_idx" ON "union_members" USING btree ("name");--> statement-breakpoint
CREATE UNIQUE INDEX "union_receipts_no_uq" ON "union_receipts" USING btree ("receipt_no");--> statement-breakpoint
CREATE INDEX "union_receipts_agency_idx" ON "union_receipts" USING btree ("agency_org_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "union_terminations_no_uq" ON "union_terminations" USING btree ("request_no");--> statement-breakpoint
CREATE INDEX "union_terminations_policy_idx" ON "union_terminations" USING btree ("policy_id");--> statement-breakpoint
CREATE INDEX "union_terminations_unit_idx" ON "union_terminations" USING btree ("unit_org_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "union_units_no_uq" ON "union_units" USING btree ("unit_no");--> statement-breakpoint
CREATE INDEX "applications_org_status_idx" ON "applications" USING btree ("org_id","status","product_id","created_at");--> statement-breakpoint
CREATE INDEX "applications_applicant_idx" ON "applications" USING btree ("applicant_id_number_idx","product_id");