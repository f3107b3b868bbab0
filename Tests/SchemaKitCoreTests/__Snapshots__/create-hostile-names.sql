-- postgresql
create table "we""ird`; drop table x; --" ("id" serial primary key, "naïve ; col" varchar(255) not null default 'O''Reilly \ `x`', "ünï" text not null);
comment on table "we""ird`; drop table x; --" is 'it''s a "table"; -- \';
comment on column "we""ird`; drop table x; --"."naïve ; col" is 'c''mt';
alter table "we""ird`; drop table x; --" add constraint "we""ird`; drop table x; --_ünï_unique" unique ("ünï");
alter table "we""ird`; drop table x; --" add constraint "we""ird`; drop table x; --_ünï_check" check ("ünï" in ('a''b', 'c"d'));

-- mysql
create table `we"ird``; drop table x; --` (`id` int unsigned not null auto_increment primary key, `naïve ; col` varchar(255) not null default 'O''Reilly \\ `x`' comment 'c''mt', `ünï` enum('a''b','c"d') not null) default character set utf8mb4 engine = InnoDB comment = 'it''s a "table"; -- \\';
alter table `we"ird``; drop table x; --` add unique `we"ird``; drop table x; --_ünï_unique`(`ünï`);

-- mariadb
create table `we"ird``; drop table x; --` (`id` int unsigned not null auto_increment primary key, `naïve ; col` varchar(255) not null default 'O''Reilly \\ `x`' comment 'c''mt', `ünï` enum('a''b','c"d') not null) default character set utf8mb4 engine = InnoDB comment = 'it''s a "table"; -- \\';
alter table `we"ird``; drop table x; --` add unique `we"ird``; drop table x; --_ünï_unique`(`ünï`);

-- sqlite
create table "we""ird`; drop table x; --" ("id" integer not null primary key autoincrement, "naïve ; col" text not null default 'O''Reilly \ `x`', "ünï" text not null, constraint "we""ird`; drop table x; --_ünï_check" check ("ünï" in ('a''b', 'c"d')));
create unique index "we""ird`; drop table x; --_ünï_unique" on "we""ird`; drop table x; --" ("ünï");

-- mssql
create table [we"ird`; drop table x; --] ([id] int identity(1,1) not null primary key, [naïve ; col] nvarchar(255) not null constraint [we"ird`; drop table x; --_naïve ; col_default] default N'O''Reilly \ `x`', [ünï] nvarchar(255) not null);
exec sp_addextendedproperty 'MS_Description', N'it''s a "table"; -- \', 'schema', N'dbo', 'table', N'we"ird`; drop table x; --';
exec sp_addextendedproperty 'MS_Description', N'c''mt', 'schema', N'dbo', 'table', N'we"ird`; drop table x; --', 'column', N'naïve ; col';
alter table [we"ird`; drop table x; --] add constraint [we"ird`; drop table x; --_ünï_unique] unique ([ünï]);
alter table [we"ird`; drop table x; --] add constraint [we"ird`; drop table x; --_ünï_check] check ([ünï] in (N'a''b', N'c"d'));

