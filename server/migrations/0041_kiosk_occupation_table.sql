-- The occupation classification each kiosk reports in its heartbeat (revision and date), shown
-- on the fleet page so an office sees which kiosks still run an old table.
ALTER TABLE kiosks ADD COLUMN occupation_table TEXT;
