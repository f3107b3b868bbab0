-- title: several changes to one table (type, default, not null, check, index)
-- feature: combined
-- doc: https://www.sqlite.org/lang_altertable.html#otheralter
-- from
create table listing (id integer primary key, title text not null, price integer, status text, created_at text default current_timestamp);
-- rows
insert into listing (title, price, status) values ('Bike', 100, 'active'), ('Desk', 50, 'sold');
-- to
create table listing (id integer primary key autoincrement, title text not null, price real not null default 0 check (price >= 0), status text not null default 'active' check (status in ('active', 'sold', 'hidden')), created_at text default current_timestamp, updated_at text);
create index listing_status on listing (status) where status <> 'sold';
