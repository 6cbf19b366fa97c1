CREATE TABLE "exchange_invitations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"order_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"roster_row_no" integer NOT NULL,
	"status" text DEFAULT 'invited' NOT NULL,
	"reminded_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "exchange_order_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"order_id" uuid NOT NULL,
	"action" text NOT NULL,
	"actor_name" text,
	"detail" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "exchange_orders" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"order_no" text NOT NULL,
	"enterprise_org_id" uuid NOT NULL,
	"product_id" uuid NOT NULL,
	"product_version_id" uuid NOT NULL,
	"insurer_org_id" uuid NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"company" jsonb,
	"scans" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"roster_import_id" uuid,
	"roster_count" integer DEFAULT 0 NOT NULL,
	"sent_via" text,
	"sent_at" timestamp with time zone,
	"window_start" text,
	"window_end" text,
	"invitation_code" text,
	"remarks" text,
	"fail_reason" text,
	"invite_task_id" uuid,
	"reminded_at" timestamp with time zone,
	"created_by" uuid,
	"submitted_at" timestamp with time zone,
	"decided_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "exchange_registrations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"company_name" text NOT NULL,
	"credit_code" text,
	"org_code" text,
	"licence_no" text,
	"tax_no" text,
	"email" text NOT NULL,
	"contact_name" text NOT NULL,
	"contact_mobile" text NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"reject_reason" text,
	"reviewed_by" uuid,
	"reviewed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "exchange_roster" (
	"order_id" uuid NOT NULL,
	"row_no" integer NOT NULL,
	"import_id" uuid NOT NULL,
	"name" text NOT NULL,
	"id_type" text NOT NULL,
	"id_number_enc" text NOT NULL,
	"id_number_idx" text NOT NULL,
	"id_number_masked" text NOT NULL,
	"gender" text,
	"birth_date" text,
	"mobile" text NOT NULL,
	"extra" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"user_id" uuid,
	CONSTRAINT "exchange_roster_pk" PRIMARY KEY("order_id","row_no")
);
--> statement-breakpoint
CREATE UNIQUE INDEX "exchange_invitations_order_user_uq" ON "exchange_invitations" USING btree ("order_id","user_id");--> statement-breakpoint
CREATE INDEX "exchange_invitations_user_idx" ON "exchange_invitations" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "exchange_order_events_order_idx" ON "exchange_order_events" USING btree ("order_id","id");--> statement-breakpoint
CREATE UNIQUE INDEX "exchange_orders_no_uq" ON "exchange_orders" USING btree ("order_no");--> statement-breakpoint
CREATE INDEX "exchange_orders_enterprise_idx" ON "exchange_orders" USING btree ("enterprise_org_id");--> statement-breakpoint
CREATE INDEX "exchange_orders_insurer_idx" ON "exchange_orders" USING btree ("insurer_org_id");--> statement-breakpoint
CREATE INDEX "exchange_orders_status_idx" ON "exchange_orders" USING btree ("status","submitted_at");--> statement-breakpoint
CREATE INDEX "exchange_registrations_status_idx" ON "exchange_registrations" USING btree ("status","created_at");--> statement-breakpoint
CREATE INDEX "exchange_registrations_credit_idx" ON "exchange_registrations" USING btree ("credit_code");--> statement-breakpoint
CREATE INDEX "exchange_registrations_org_code_idx" ON "exchange_registrations" USING btree ("org_code");--> statement-breakpoint
CREATE INDEX "exchange_roster_id_number_idx" ON "exchange_roster" USING btree ("id_number_idx");