-- regime: MOFCOM's control list and watch list as a third screening source (MOFCOM), with the Chinese name, the
-- announcement that listed the entity and its dated status. Portable SQL (H2 2.x and PostgreSQL 15+).
ALTER TABLE screening_entry DROP CONSTRAINT screening_entry_source_ck;
ALTER TABLE screening_entry ADD CONSTRAINT screening_entry_source_ck CHECK (source IN ('CSL', 'OFAC_SDN', 'MOFCOM'));

ALTER TABLE screening_entry ADD COLUMN mofcom_list VARCHAR(8);
ALTER TABLE screening_entry ADD COLUMN name_zh VARCHAR(1000);
ALTER TABLE screening_entry ADD COLUMN name_en VARCHAR(1000);
ALTER TABLE screening_entry ADD COLUMN country VARCHAR(2);
ALTER TABLE screening_entry ADD COLUMN announcement VARCHAR(200);
ALTER TABLE screening_entry ADD COLUMN listed_on DATE;
ALTER TABLE screening_entry ADD COLUMN suspended_from DATE;
ALTER TABLE screening_entry ADD COLUMN suspended_until DATE;
ALTER TABLE screening_entry ADD COLUMN removed_on DATE;
ALTER TABLE screening_entry ADD COLUMN source_url VARCHAR(1000);

ALTER TABLE screening_entry ADD CONSTRAINT screening_entry_mofcom_ck
    CHECK ((source = 'MOFCOM' AND mofcom_list IN ('CONTROL', 'WATCH') AND listed_on IS NOT NULL)
        OR (source <> 'MOFCOM' AND mofcom_list IS NULL));
