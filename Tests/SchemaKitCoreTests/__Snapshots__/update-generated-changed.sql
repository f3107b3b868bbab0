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

create table "label__temp_alter" ("id" integer not null primary key autoincrement, "name" text not null, "size" integer generated always as (length(name) + 1) stored not null);
insert into "label__temp_alter" ("id", "name") select "id", "name" from "label";
drop table "label";
alter table "label__temp_alter" rename to "label";
create unique index "label_name_size_unique" on "label" ("name", "size");

pragma foreign_key_check;

pragma foreign_keys = on;

-- mssql
alter table [label] drop constraint [label_name_size_unique];
alter table [label] drop column [size];
alter table [label] add [size] as (length(name) + 1) persisted;
alter table [label] add constraint [label_name_size_unique] unique ([name], [size]);

