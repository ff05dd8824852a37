CREATE EXTENSION IF NOT EXISTS btree_gin;--> statement-breakpoint
DROP INDEX "opportunities_search";--> statement-breakpoint
DROP INDEX "opportunities_title_trgm";--> statement-breakpoint
CREATE INDEX "opportunities_city_search" ON "opportunities" USING gin ("city_id","search_vector");--> statement-breakpoint
CREATE INDEX "opportunities_city_title_trgm" ON "opportunities" USING gin ("city_id","title" gin_trgm_ops);