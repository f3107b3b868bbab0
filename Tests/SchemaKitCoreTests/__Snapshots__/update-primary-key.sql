-- postgresql
alter table "setting" drop constraint "setting_pkey";
alter table "setting" add primary key ("scope", "key");

-- mysql
alter table `setting` drop primary key, add primary key (`scope`, `key`);

-- mariadb
alter table `setting` drop primary key, add primary key (`scope`, `key`);

-- sqlite
pragma foreign_keys = off;

create temp table "schemakit_foreign_keys_guard" ("foreign_keys" integer, constraint "foreign keys are on: this script drops or rebuilds tables, which would delete the rows of child tables; run it outside a transaction, where its pragma foreign_keys = off takes effect" check ("foreign_keys" = 0));
insert into "temp"."schemakit_foreign_keys_guard" select foreign_keys from pragma_foreign_keys;
drop table "temp"."schemakit_foreign_keys_guard";

create table "setting__temp_alter" ("scope" text not null default 'global', "key" text not null, "value" text null, primary key ("scope", "key"));
insert into "setting__temp_alter" ("scope", "key", "value") select "scope", "key", "value" from "setting";
drop table "setting";
pragma legacy_alter_table = on;
alter table "setting__temp_alter" rename to "setting";
pragma legacy_alter_table = off;

pragma foreign_key_check;

pragma foreign_keys = on;

-- mssql
alter table [setting] drop constraint [setting_pkey];
alter table [setting] add constraint [setting_pkey] primary key ([scope], [key]);

