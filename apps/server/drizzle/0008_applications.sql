-- Applications of every line (modules/applications) replace the exchange's own table. The rows of
-- exchange_applications move over with line 'TAX_HEALTH', nothing lost: the applicant jsonb becomes
-- columns (the blind index taken from the applicant's account when its ciphertext is the one copied
-- at submission), the insured list is the applicant alone, the quote snapshot keeps the premium and
-- the rating input (age on the Beijing day of submission, gender; marked migrated: the rated row was
-- not kept), invitation / debit card / consent / 税优识别码 go to details, the underwriting decision
-- is read from the status it left, and issued_at from the issued policy.
CREATE TABLE "applications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"application_no" text NOT NULL,
	"line" text NOT NULL,
	"user_id" uuid,
	"org_id" uuid,
	"product_id" uuid NOT NULL,
	"product_version_id" uuid NOT NULL,
	"insurer_org_id" uuid NOT NULL,
	"product_year" integer,
	"status" text NOT NULL,
	"applicant_name" text NOT NULL,
	"applicant_id_type" text NOT NULL,
	"applicant_id_number_enc" text NOT NULL,
	"applicant_id_number_idx" text,
	"applicant_id_number_masked" text NOT NULL,
	"applicant_gender" text,
	"applicant_birth_date" text,
	"applicant_mobile" text,
	"insured" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"answers" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"quote" jsonb NOT NULL,
	"premium_fen" bigint NOT NULL,
	"details" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"decision" text,
	"decision_reason" text,
	"insurer_ref" text,
	"decided_by" uuid,
	"decided_by_name" text,
	"decided_at" timestamp with time zone,
	"policy_id" uuid,
	"issued_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "applications_no_uq" ON "applications" USING btree ("application_no");--> statement-breakpoint
CREATE UNIQUE INDEX "applications_person_year_uq" ON "applications" USING btree ("user_id","product_id","product_year");--> statement-breakpoint
CREATE INDEX "applications_insurer_idx" ON "applications" USING btree ("insurer_org_id","created_at");--> statement-breakpoint
CREATE INDEX "applications_user_idx" ON "applications" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "applications_org_idx" ON "applications" USING btree ("org_id");--> statement-breakpoint
CREATE INDEX "applications_line_idx" ON "applications" USING btree ("line","created_at");--> statement-breakpoint
INSERT INTO "applications" (
	"id", "application_no", "line", "user_id", "org_id", "product_id", "product_version_id", "insurer_org_id",
	"product_year", "status", "applicant_name", "applicant_id_type", "applicant_id_number_enc",
	"applicant_id_number_idx", "applicant_id_number_masked", "applicant_gender", "applicant_birth_date",
	"applicant_mobile", "insured", "answers", "quote", "premium_fen", "details", "decision", "decision_reason",
	"insurer_ref", "decided_by", "decided_by_name", "decided_at", "policy_id", "issued_at", "created_at"
)
SELECT
	m."id", m."application_no", 'TAX_HEALTH', m."user_id", m."enterprise_org_id", m."product_id",
	m."product_version_id", m."insurer_org_id", m."year", m."status", m.name, m.id_type, m.id_enc, m.id_idx,
	m.id_masked, m.gender, m.birth_date, m.mobile,
	jsonb_build_array(jsonb_build_object(
		'name', m.name, 'idType', m.id_type, 'idNumberEnc', m.id_enc, 'idNumberIdx', m.id_idx,
		'idNumberMasked', m.id_masked, 'gender', m.gender, 'birthDate', m.birth_date, 'relation', 'self'
	)),
	m."answers",
	jsonb_build_object(
		'input', jsonb_build_object('kind', 'age-gender-annual', 'age', m.age, 'gender', m.gender),
		'premiumFen', m."premium_fen", 'unitFen', m."premium_fen", 'units', 1,
		'basis', '迁移前的投保申请（未留存费率行）', 'bandIndex', NULL, 'migrated', true
	),
	m."premium_fen",
	jsonb_strip_nulls(jsonb_build_object(
		'invitationId', m."invitation_id", 'bankCardId', m."bank_card_id",
		'consentAt', to_char(m."consent_at" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
		'taxCode', m."tax_code"
	)),
	CASE
		WHEN m."decided_at" IS NULL THEN NULL
		WHEN m."status" = 'declined' THEN 'decline'
		WHEN m."status" = 'manual_review' THEN 'manual'
		ELSE 'accept'
	END,
	m."decline_reason", m."insurer_ref", NULL, NULL, m."decided_at", m."policy_id", m.issued_at, m."created_at"
FROM (
	SELECT a.*,
		coalesce(a."applicant"->>'name', '') AS name,
		coalesce(a."applicant"->>'idType', 'resident_id') AS id_type,
		coalesce(a."applicant"->>'idNumberEnc', '') AS id_enc,
		u."id_number_idx" AS id_idx,
		coalesce(a."applicant"->>'idNumberMasked', '') AS id_masked,
		CASE WHEN a."applicant"->>'gender' IN ('M', 'F') THEN a."applicant"->>'gender' END AS gender,
		a."applicant"->>'birthDate' AS birth_date,
		a."applicant"->>'mobile' AS mobile,
		CASE WHEN a."applicant"->>'birthDate' ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'
			THEN extract(year FROM age(
				(a."created_at" AT TIME ZONE 'Asia/Shanghai')::date,
				(a."applicant"->>'birthDate')::date
			))::int
		END AS age,
		p."issued_at" AS issued_at
	FROM "exchange_applications" a
	LEFT JOIN "users" u ON u."id" = a."user_id" AND u."id_number_enc" = a."applicant"->>'idNumberEnc'
	LEFT JOIN "policies" p ON p."id" = a."policy_id"
) m;--> statement-breakpoint
DROP TABLE "exchange_applications";
