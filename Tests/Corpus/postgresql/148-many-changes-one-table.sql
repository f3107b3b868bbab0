-- title: several changes to one table at once (type, default, nullability, index, check)
-- feature: combined
-- doc: https://www.postgresql.org/docs/15/sql-altertable.html
-- from
create table listing (id serial primary key, title varchar(100) not null, price integer, status text, created_at timestamp default now());
-- rows
insert into listing (title, price, status) values ('Bike', 100, 'active'), ('Desk', 50, 'sold');
-- to
create table listing (id bigserial primary key, title varchar(200) not null, price numeric(10,2) not null default 0 check (price >= 0), status text not null default 'active', created_at timestamptz default now(), updated_at timestamptz);
create index listing_status_idx on listing (status) where status <> 'sold';
