-- postgresql
alter table "label" drop constraint "label_name_size_unique";
alter table "label" drop column "size";
alter table "label" add column "size" int generated always as (length(name) + 1) stored not null;
alter table "label" add constraint "label_name_size_unique" unique ("name", "size");

-- mysql
alter table `label` drop index `label_name_size_unique`;
alter table `label` drop column `size`;
alter table `label` add `size` int generated always as (length(name) + 1) stored;
alter table `label` add unique `label_name_size_unique`(`name`, `size`);

-- mariadb
alter table `label` drop index `label_name_size_unique`;
alter table `label` drop column `size`;
alter table `label` add `size` int generated always as (length(name) + 1) stored;
alter table `label` add unique `label_name_size_unique`(`name`, `size`);

-- sqlite
pragma foreign_keys = off;

create temp table "schemakit_foreign_keys_guard" ("foreign_keys" integer, constraint "foreign keys are on: this script drops or rebuilds tables, which would delete the rows of child tables; run it outside a transaction, where its pragma foreign_keys = off takes effect" check ("foreign_keys" = 0));
insert into "temp"."schemakit_foreign_keys_guard" select foreign_keys from pragma_foreign_keys;
drop table "temp"."schemakit_foreign_keys_guard";

create table "label__temp_alter" ("id" integer not null primary key autoincrement, "name" text not null, "size" integer generated always as (length(name) + 1) stored not null);
insert into "label__temp_alter" ("id", "name") select "id", "name" from "label";
update sqlite_sequence set seq = max(seq, coalesce((select seq from sqlite_sequence where name = 'label'), 0)) where name = 'label__temp_alter';
insert into sqlite_sequence (name, seq) select 'label__temp_alter', seq from sqlite_sequence where name = 'label' and not exists (select 1 from sqlite_sequence where name = 'label__temp_alter');
drop table "label";
pragma legacy_alter_table = on;
alter table "label__temp_alter" rename to "label";
pragma legacy_alter_table = off;
create unique index "label_name_size_unique" on "label" ("name", "size");

pragma foreign_key_check;

pragma foreign_keys = on;

-- mssql
alter table [label] drop constraint [label_name_size_unique];
alter table [label] drop column [size];
alter table [label] add [size] as (length(name) + 1) persisted;
alter table [label] add constraint [label_name_size_unique] unique ([name], [size]);

