import { ResponsiveImage } from "@/components/ui/responsive-image";
import { withoutDiacritics } from "@/lib/english";
import type { PublicLeader, PublicUnit } from "@/db/unit-info";
import { buildTree, paragraphList, UNIT_KIND_LABELS, UNIT_KIND_LABELS_EN, type TreeNode, type UnitKind } from "@/lib/unit-info";

/** The reader pages' white panel with its heading (the other pages' look). */
export function Panel({ title, id, children, level = 1 }: { title: string; id: string; children: React.ReactNode; level?: 1 | 2 }) {
  const Heading = level === 1 ? "h1" : "h2";
  return (
    <section aria-labelledby={id} className="rounded bg-white p-4 shadow-sm md:p-6">
      <Heading id={id} className={`mb-4 border-b-2 border-brand-600 pb-2 font-bold text-brand-800 ${level === 1 ? "text-2xl" : "text-xl"}`}>
        {title}
      </Heading>
      {children}
    </section>
  );
}

export function Paragraphs({ text, className = "" }: { text: string; className?: string }) {
  const list = paragraphList(text);
  if (!list.length) return null;
  return (
    <div className={`space-y-2 ${className}`}>
      {list.map((p, i) => (
        <p key={i}>{p}</p>
      ))}
    </div>
  );
}

const tel = (phone: string) => `tel:${phone.replace(/[^0-9+]/g, "")}`;

export function Contact({ phone, email, address, english = false }: { phone: string; email: string; address?: string; english?: boolean }) {
  if (!phone && !email && !address) return null;
  return (
    <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
      {address && (
        <>
          <dt className="font-semibold">{english ? "Address" : "Địa chỉ"}</dt>
          <dd>{address}</dd>
        </>
      )}
      {phone && (
        <>
          <dt className="font-semibold">{english ? "Phone" : "Điện thoại"}</dt>
          <dd>
            <a className="text-brand-700 hover:underline" href={tel(phone)}>
              {phone}
            </a>
          </dd>
        </>
      )}
      {email && (
        <>
          <dt className="font-semibold">{english ? "Email" : "Thư điện tử"}</dt>
          <dd className="break-all">
            <a className="text-brand-700 hover:underline" href={`mailto:${email}`}>
              {email}
            </a>
          </dd>
        </>
      )}
    </dl>
  );
}

/** A portrait, or a neutral silhouette when there is none. */
export function Portrait({ leader, className, english = false }: { leader: PublicLeader; className: string; english?: boolean }) {
  if (leader.photo) return <ResponsiveImage image={leader.photo} alt={english ? `Portrait of ${withoutDiacritics(leader.name)}` : `Ảnh chân dung ${leader.name}`} sizes="160px" className={`${className} object-cover`} />;
  return (
    <svg role="img" aria-label={english ? `No photo of ${withoutDiacritics(leader.name)}` : `Chưa có ảnh của ${leader.name}`} viewBox="0 0 120 150" className={`${className} bg-stone-200 text-stone-400`}>
      <circle cx="60" cy="55" r="26" fill="currentColor" />
      <path d="M14 150c4-34 22-50 46-50s42 16 46 50z" fill="currentColor" />
    </svg>
  );
}

/** One leader on /gioi-thieu/lanh-dao: photo, position, term, biography, duties, contact. */
export function LeaderCard({ leader, headingLevel = 2 }: { leader: PublicLeader; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const id = `lanh-dao-${leader.id}`;
  return (
    <article aria-labelledby={id} className="grid gap-4 border-b border-stone-200 py-5 last:border-b-0 sm:grid-cols-[160px_1fr]" data-testid="leader">
      <Portrait leader={leader} className="aspect-[4/5] w-32 rounded sm:w-40" />
      <div className="flex min-w-0 flex-col gap-2">
        <Heading id={id} className="text-xl font-bold text-brand-800">
          {leader.name}
        </Heading>
        <p className="font-semibold">{leader.title}</p>
        {leader.term && <p className="text-sm text-muted">Nhiệm kỳ: {leader.term}</p>}
        {leader.biography && (
          <div>
            <p className="font-semibold">Tiểu sử tóm tắt</p>
            <Paragraphs text={leader.biography} className="text-sm" />
          </div>
        )}
        {leader.duties && (
          <div>
            <p className="font-semibold">Nhiệm vụ đảm nhiệm</p>
            <ul className="list-disc space-y-1 pl-5 text-sm">
              {paragraphList(leader.duties).map((d, i) => (
                <li key={i}>{d}</li>
              ))}
            </ul>
          </div>
        )}
        <Contact phone={leader.phone} email={leader.email} />
      </div>
    </article>
  );
}

export function unitKindLabel(kind: string, english = false): string {
  const labels = english ? UNIT_KIND_LABELS_EN : UNIT_KIND_LABELS;
  return labels[kind as UnitKind] ?? labels.khac;
}

/**
 * The org chart drawn from the units: server-rendered nested lists, drawn as a chart by
 * CSS on wide screens (.org-chart in globals.css) and as an indented list on phones. The
 * unit itself (its people's committee) at the top, its leaders under it.
 */
export function OrgChart({ rootName, leaders, units }: { rootName: string; leaders: PublicLeader[]; units: PublicUnit[] }) {
  const tree = buildTree(units);
  const node = (unit: TreeNode<PublicUnit>) => (
    <li key={unit.id}>
      <a href={`/gioi-thieu/co-cau-to-chuc#don-vi-${unit.id}`} className="org-chart-box">
        <span className="block font-semibold">{unit.name}</span>
        {unit.headName && <span className="block text-xs text-muted">{[unit.headTitle, unit.headName].filter(Boolean).join(": ")}</span>}
      </a>
      {unit.children.length > 0 && <ul>{unit.children.map(node)}</ul>}
    </li>
  );
  return (
    <figure className="org-chart overflow-x-auto" aria-label="Sơ đồ tổ chức bộ máy">
      <ul>
        <li>
          <span className="org-chart-box org-chart-root">
            <span className="block font-bold">{rootName}</span>
            {leaders.length > 0 && (
              <span className="mt-1 block text-xs">
                {leaders.map((l) => `${l.title}: ${l.name}`).join(" · ")}
              </span>
            )}
          </span>
          {tree.length > 0 && <ul>{tree.map(node)}</ul>}
        </li>
      </ul>
      <figcaption className="sr-only">Sơ đồ tổ chức: {rootName} và {units.length} đơn vị trực thuộc.</figcaption>
    </figure>
  );
}

/** /gioi-thieu/co-cau-to-chuc: every unit with its functions and contacts, nested as the tree. */
export function UnitTree({ units, english = false }: { units: PublicUnit[]; english?: boolean }) {
  const tree = buildTree(units);
  const item = (unit: TreeNode<PublicUnit>, depth: number) => {
    const Heading = depth === 0 ? "h2" : "h3";
    const name = english ? unit.nameEn || unit.name : unit.name;
    const functions = english ? unit.functionsEn || unit.functions : unit.functions;
    return (
      <li key={unit.id} id={`don-vi-${unit.id}`} className="scroll-mt-16 border-l-4 border-brand-600/70 py-2 pl-4" data-testid="unit">
        <Heading className={`font-bold text-brand-800 ${depth === 0 ? "text-lg" : "text-base"}`} lang={english && !unit.nameEn ? "vi" : undefined}>
          {name}
        </Heading>
        <p className="text-xs uppercase tracking-wide text-muted">{unitKindLabel(unit.kind, english)}</p>
        {unit.headName && (
          <p className="text-sm">
            <span className="font-semibold">{english ? "Head" : "Người đứng đầu"}:</span> {[unit.headTitle, unit.headName].filter(Boolean).join(" ")}
          </p>
        )}
        {functions && (
          <div className="mt-1 text-sm" lang={english && !unit.functionsEn ? "vi" : undefined}>
            <p className="font-semibold">{english ? "Functions and tasks" : "Chức năng, nhiệm vụ"}</p>
            <Paragraphs text={functions} />
          </div>
        )}
        <div className="mt-2">
          <Contact phone={unit.phone} email={unit.email} address={unit.address} english={english} />
        </div>
        {unit.children.length > 0 && <ul className="mt-3 space-y-3">{unit.children.map((c) => item(c, depth + 1))}</ul>}
      </li>
    );
  };
  if (!tree.length) return <p className="py-6 text-center text-muted">{english ? "No units listed yet." : "Chưa có thông tin cơ cấu tổ chức."}</p>;
  return <ul className="space-y-4">{tree.map((u) => item(u, 0))}</ul>;
}

export function RichText({ html }: { html: string }) {
  return <div className="prose-article" dangerouslySetInnerHTML={{ __html: html }} />;
}
