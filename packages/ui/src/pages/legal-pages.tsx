import type { ReactNode } from "react";
import { Loading } from "../components/loading.tsx";
import { QueryError } from "./error-page.tsx";
import { useT } from "../i18n/i18n.tsx";
import { useCityConfig } from "../session.ts";
import { Page } from "../shell/page.tsx";

type CityConfig = NonNullable<ReturnType<typeof useCityConfig>["data"]>;

function Section(props: { title: string; children: ReactNode }) {
  return (
    <section className="engagiert-section">
      <h2 className="kern-heading-medium">{props.title}</h2>
      {props.children}
    </section>
  );
}

function OfficeContact(props: { office: CityConfig["coordinationOffice"] }) {
  const t = useT();
  const { office } = props;
  return (
    <dl className="kern-description-list">
      <div className="kern-description-list-item">
        <dt className="kern-description-list-item__key">{t("contact.email")}</dt>
        <dd className="kern-description-list-item__value">
          <a className="kern-link" href={`mailto:${office.email}`}>
            {office.email}
          </a>
        </dd>
      </div>
      {office.phone ? (
        <div className="kern-description-list-item">
          <dt className="kern-description-list-item__key">{t("contact.phone")}</dt>
          <dd className="kern-description-list-item__value">
            <a className="kern-link" href={`tel:${office.phone.replace(/[^+\d]/g, "")}`}>
              {office.phone}
            </a>
          </dd>
        </div>
      ) : null}
      <div className="kern-description-list-item">
        <dt className="kern-description-list-item__key">{t("contact.address")}</dt>
        <dd className="kern-description-list-item__value engagiert-address">{office.address}</dd>
      </div>
    </dl>
  );
}

/** The page frame of a legal page: the content needs the city's configuration. */
function LegalPage(props: { title: string; children: (city: CityConfig) => ReactNode }) {
  const city = useCityConfig();
  return (
    <Page title={props.title}>
      {city.data ? (
        props.children(city.data)
      ) : city.isError ? (
        <QueryError error={city.error} onRetry={() => void city.refetch()} />
      ) : (
        <Loading />
      )}
    </Page>
  );
}

export function ImprintPage() {
  const t = useT();
  return (
    <LegalPage title={t("legal.imprint.title")}>
      {(city) => {
        const names = { city: city.name, office: city.coordinationOffice.name };
        return (
          <>
            <Section title={t("legal.imprint.provider")}>
              <p className="kern-body">{t("legal.imprint.providerText", names)}</p>
            </Section>
            <Section title={t("legal.imprint.contact")}>
              <OfficeContact office={city.coordinationOffice} />
            </Section>
            <Section title={t("legal.imprint.responsible")}>
              <p className="kern-body">{t("legal.imprint.responsibleText", names)}</p>
            </Section>
            <Section title={t("legal.imprint.software")}>
              <p className="kern-body">{t("legal.imprint.softwareText")}</p>
            </Section>
          </>
        );
      }}
    </LegalPage>
  );
}

export function PrivacyPage() {
  const t = useT();
  return (
    <LegalPage title={t("legal.privacy.title")}>
      {(city) => (
        <>
          <Section title={t("legal.privacy.controller")}>
            <p className="kern-body">
              {t("legal.privacy.controllerText", {
                city: city.name,
                office: city.coordinationOffice.name,
              })}
            </p>
            <OfficeContact office={city.coordinationOffice} />
          </Section>
          <Section title={t("legal.privacy.purpose")}>
            <p className="kern-body">{t("legal.privacy.purposeText")}</p>
          </Section>
          <Section title={t("legal.privacy.cookies")}>
            <p className="kern-body">{t("legal.privacy.cookiesText")}</p>
          </Section>
          <Section title={t("legal.privacy.rights")}>
            <p className="kern-body">{t("legal.privacy.rightsText")}</p>
          </Section>
        </>
      )}
    </LegalPage>
  );
}

export function AccessibilityPage() {
  const t = useT();
  return (
    <LegalPage title={t("legal.accessibility.title")}>
      {(city) => (
        <>
          <p className="kern-body">{t("legal.accessibility.intro", { city: city.name })}</p>
          <Section title={t("legal.accessibility.status")}>
            <p className="kern-body">{t("legal.accessibility.statusText")}</p>
          </Section>
          <Section title={t("legal.accessibility.feedback")}>
            <p className="kern-body">
              {t("legal.accessibility.feedbackText", { office: city.coordinationOffice.name })}
            </p>
            <OfficeContact office={city.coordinationOffice} />
          </Section>
          <Section title={t("legal.accessibility.enforcement")}>
            <p className="kern-body">{t("legal.accessibility.enforcementText")}</p>
          </Section>
        </>
      )}
    </LegalPage>
  );
}
