ALTER TABLE "policies" ADD COLUMN "replaces_policy_id" uuid;--> statement-breakpoint
CREATE INDEX "policies_replaces_idx" ON "policies" USING btree ("replaces_policy_id");