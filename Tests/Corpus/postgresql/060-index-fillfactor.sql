-- title: index created WITH (fillfactor = 80)
-- feature: index-storage-params
-- doc: https://www.postgresql.org/docs/15/sql-createindex.html
-- from
create table counter (id serial primary key, bucket int not null);
create index counter_bucket_idx on counter (bucket);
-- rows
insert into counter (bucket) values (1), (2);
-- to
create table counter (id serial primary key, bucket int not null);
create index counter_bucket_idx on counter (bucket) with (fillfactor = 80);
