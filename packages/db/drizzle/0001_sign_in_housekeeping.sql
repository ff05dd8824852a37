CREATE INDEX "sessions_city_expires" ON "sessions" USING btree ("city_id","expires_at");--> statement-breakpoint
CREATE INDEX "sign_in_attempts_city_at" ON "sign_in_attempts" USING btree ("city_id","at");--> statement-breakpoint
CREATE INDEX "sign_in_links_city_expires" ON "sign_in_links" USING btree ("city_id","expires_at");