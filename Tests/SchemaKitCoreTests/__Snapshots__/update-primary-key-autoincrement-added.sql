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

create table "setting__temp_alter" ("scope" text not null default 'global', "key" text not null, "value" text null, "id" integer not null primary key autoincrement);
insert into "setting__temp_alter" ("scope", "key", "value") select "scope", "key", "value" from "setting";
drop table "setting";
alter table "setting__temp_alter" rename to "setting";
create unique index "setting_key_unique" on "setting" ("key");

pragma foreign_key_check;

pragma foreign_keys = on;

-- mssql
alter table [setting] drop constraint [setting_pkey];
alter table [setting] add [id] int identity(1,1) not null;
alter table [setting] add constraint [setting_pkey] primary key ([id]);
alter table [setting] add constraint [setting_key_unique] unique ([key]);

