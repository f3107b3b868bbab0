-- postgresql
alter table "setting" drop constraint "setting_pkey";
alter table "setting" add primary key ("scope", "key");

-- mysql
alter table `setting` drop primary key, add primary key (`scope`, `key`);

-- mariadb
alter table `setting` drop primary key, add primary key (`scope`, `key`);

-- sqlite
pragma foreign_keys = off;

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

