-- postgresql
alter table "author" add column "nickname" varchar(40) null;
alter table "author" add column "rating" int not null default 0;
alter table "author" add column "joined" date null;
comment on column "author"."joined" is 'first contract';

-- mysql
alter table `author` add `nickname` varchar(40) null;
alter table `author` add `rating` int not null default 0;
alter table `author` add `joined` date null comment 'first contract';

-- mariadb
alter table `author` add `nickname` varchar(40) null;
alter table `author` add `rating` int not null default 0;
alter table `author` add `joined` date null comment 'first contract';

-- sqlite
alter table "author" add column "nickname" text null;
alter table "author" add column "rating" integer not null default 0;
alter table "author" add column "joined" date null;

-- mssql
alter table [author] add [nickname] nvarchar(40) null;
alter table [author] add [rating] int not null constraint [author_rating_default] default 0;
alter table [author] add [joined] date null;

