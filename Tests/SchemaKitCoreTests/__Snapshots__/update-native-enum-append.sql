-- postgresql
alter type "post_state" add value if not exists 'review' before 'live';
alter type "post_state" add value if not exists 'gone';

-- mysql
alter table `post` modify `state` enum('draft','review','live','gone') not null default 'draft';

-- mariadb
alter table `post` modify `state` enum('draft','review','live','gone') not null default 'draft';

-- sqlite
pragma foreign_keys = off;

create table "post__temp_alter" ("id" integer not null primary key autoincrement, "state" text not null default 'draft', constraint "post_state_check" check ("state" in ('draft', 'review', 'live', 'gone')));
insert into "post__temp_alter" ("id", "state") select "id", "state" from "post";
drop table "post";
alter table "post__temp_alter" rename to "post";

pragma foreign_key_check;

pragma foreign_keys = on;

-- mssql
alter table [post] drop constraint [post_state_check];
alter table [post] add constraint [post_state_check] check ([state] in (N'draft', N'review', N'live', N'gone'));

