-- postgresql
alter table "setting" drop constraint "setting_pkey";
alter table "setting" add column "id" serial;
alter table "setting" add primary key ("id");
alter table "setting" add constraint "setting_key_unique" unique ("key");

-- mysql
alter table `setting` add `id` int unsigned not null auto_increment, drop primary key, add primary key (`id`);
alter table `setting` add unique `setting_key_unique`(`key`);

-- mariadb
alter table `setting` add `id` int unsigned not null auto_increment, drop primary key, add primary key (`id`);
alter table `setting` add unique `setting_key_unique`(`key`);

-- sqlite
pragma foreign_keys = off;

create temp table "schemakit_foreign_keys_guard" ("foreign_keys" integer, constraint "foreign keys are on: this script drops or rebuilds tables, which would delete the rows of child tables; run it outside a transaction, where its pragma foreign_keys = off takes effect" check ("foreign_keys" = 0));
insert into "temp"."schemakit_foreign_keys_guard" select foreign_keys from pragma_foreign_keys;
drop table "temp"."schemakit_foreign_keys_guard";

create table "setting__temp_alter" ("scope" text not null default 'global', "key" text not null, "value" text null, "id" integer not null primary key autoincrement);
insert into "setting__temp_alter" ("scope", "key", "value") select "scope", "key", "value" from "setting";
update sqlite_sequence set seq = max(seq, coalesce((select seq from sqlite_sequence where name = 'setting'), 0)) where name = 'setting__temp_alter';
insert into sqlite_sequence (name, seq) select 'setting__temp_alter', seq from sqlite_sequence where name = 'setting' and not exists (select 1 from sqlite_sequence where name = 'setting__temp_alter');
drop table "setting";
pragma legacy_alter_table = on;
alter table "setting__temp_alter" rename to "setting";
pragma legacy_alter_table = off;
create unique index "setting_key_unique" on "setting" ("key");

pragma foreign_key_check;

pragma foreign_keys = on;

-- mssql
alter table [setting] drop constraint [setting_pkey];
alter table [setting] add [id] int identity(1,1) not null;
alter table [setting] add constraint [setting_pkey] primary key ([id]);
alter table [setting] add constraint [setting_key_unique] unique ([key]);

