-- title: GIN expression index on to_tsvector('english', body)
-- feature: index-expression
-- doc: https://www.postgresql.org/docs/15/textsearch-tables.html
-- from
create table kb_article (id serial primary key, title text not null, body text not null);
-- rows
insert into kb_article (title, body) values ('Reset', 'how to reset a password'), ('VPN', 'connecting to the vpn');
-- to
create table kb_article (id serial primary key, title text not null, body text not null);
create index kb_article_fts_idx on kb_article using gin (to_tsvector('english', title || ' ' || body));
