-- The postcode book each kiosk reports in its heartbeat (source and date), shown on the fleet
-- page beside the occupation table, so an office sees which kiosks a data update has not reached.
ALTER TABLE kiosks ADD COLUMN postcode_book TEXT;
