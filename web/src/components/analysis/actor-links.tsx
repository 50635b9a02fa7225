/** Names of actors as buttons that open their panel, under a gap or a suggestion. */
export function ActorLinks({ actors, onSelectActor }: { actors: readonly { id: string; name: string }[]; onSelectActor(actorId: string): void }) {
  return (
    <ul className="actor-links">
      {actors.map((actor) => (
        <li key={actor.id}>
          <button type="button" className="link-button" onClick={() => onSelectActor(actor.id)}>
            {actor.name}
          </button>
        </li>
      ))}
    </ul>
  );
}
