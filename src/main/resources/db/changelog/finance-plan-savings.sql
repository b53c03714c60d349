--liquibase formatted sql

--changeset sendplan:finance-4-forecast-read-with-a-plan
-- The delivery plan whose actions' savings the "with the plan" scenario phases in; none when null.
alter table high_needs_forecast add column plan_id uuid references improvement_plan (id) on delete set null;

--changeset sendplan:finance-5-publication
-- Finance tables a local authority has chosen to publish to its parent carers and schools; none by default.
create table finance_publication (
    id uuid primary key,
    tenant_id uuid not null references tenant (id),
    subject_kind varchar(30) not null,
    subject_id uuid not null,
    published_by varchar(200) not null,
    published_at timestamptz not null,
    constraint finance_publication_once unique (tenant_id, subject_id)
);

alter table finance_publication enable row level security;
alter table finance_publication force row level security;
create policy tenant_isolation on finance_publication
    using (tenant_id = app_current_tenant()) with check (tenant_id = app_current_tenant());

grant select, insert, delete on finance_publication to ${app_role};
