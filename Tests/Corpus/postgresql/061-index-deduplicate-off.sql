-- title: btree index with deduplicate_items = off
-- feature: index-storage-params
-- doc: https://www.postgresql.org/docs/15/sql-createindex.html
-- from
create table click (id bigserial primary key, campaign text not null);
create index click_campaign_idx on click (campaign);
-- rows
insert into click (campaign) values ('spring'), ('spring');
-- to
create table click (id bigserial primary key, campaign text not null);
create index click_campaign_idx on click (campaign) with (deduplicate_items = off);
