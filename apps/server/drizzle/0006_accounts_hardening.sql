CREATE TABLE "login_name_failures" (
	"name_idx" text PRIMARY KEY NOT NULL,
	"failed_logins" integer DEFAULT 0 NOT NULL,
	"locked_until" timestamp with time zone,
	"last_failed_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE INDEX "users_mobile_idx" ON "users" USING btree ("mobile");--> statement-breakpoint
-- Personal accounts opened by the exchange invitations were named after their mobile number
-- (m, or m_2 … m_5 when taken), which then showed in full in user lists and messages. They get a
-- handle derived from their id; the owners keep signing in with the mobile number (login accepts
-- a username or a mobile number).
UPDATE "users" SET "username" = 'u' || substr(md5("id"::text), 1, 16)
WHERE "role" = 'individual' AND "mobile" IS NOT NULL
  AND ("username" = "mobile" OR "username" ~ ('^' || "mobile" || '_[2-5]$'));
