using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace ProfileFunctions.Rendering;

/// <summary>
/// Member access for the page models' typed rows (the records of this namespace and the extraction model), compiled
/// once per type: Scriban's default accessor calls <see cref="PropertyInfo.GetValue(object)"/> on every read, and a
/// page reads a thousand members. Members are named as Scriban names them (snake_case); the rows are read-only.
/// </summary>
internal sealed class ModelAccessors
{
    private readonly ConcurrentDictionary<Type, Accessor?> _accessors = new();

    /// <summary>The accessor for a model type, or null for any other type (Scriban's own accessors then apply).</summary>
    public IObjectAccessor? For(Type type) => _accessors.GetOrAdd(type, static type => IsModel(type) ? new Accessor(type) : null);

    private static bool IsModel(Type type) =>
        type.IsClass && type.IsSealed && !type.IsArray && type.Assembly == typeof(ModelAccessors).Assembly && type.Namespace is "ProfileFunctions.Rendering" or "ProfileFunctions.Extraction.Model";

    private sealed class Accessor : IObjectAccessor
    {
        private readonly Dictionary<string, Func<object, object?>> _getters = new(StringComparer.Ordinal);

        public Accessor(Type type)
        {
            foreach (var property in type.GetProperties(BindingFlags.Instance | BindingFlags.Public))
            {
                if (property.GetIndexParameters().Length == 0 && property.GetMethod is { IsPublic: true })
                {
                    _getters[StandardMemberRenamer.Rename(property.Name)] = Compile(type, property);
                }
            }
        }

        public bool HasIndexer => false;

        public Type IndexType => typeof(object);

        public int GetMemberCount(TemplateContext context, SourceSpan span, object target) => _getters.Count;

        public IEnumerable<string> GetMembers(TemplateContext context, SourceSpan span, object target) => _getters.Keys;

        public bool HasMember(TemplateContext context, SourceSpan span, object target, string member) => _getters.ContainsKey(member);

        public bool TryGetValue(TemplateContext context, SourceSpan span, object target, string member, out object? value)
        {
            if (_getters.TryGetValue(member, out var getter))
            {
                value = getter(target);
                return true;
            }

            value = null;
            return false;
        }

        public bool TrySetValue(TemplateContext context, SourceSpan span, object target, string member, object? value) => false;

        public bool TryGetItem(TemplateContext context, SourceSpan span, object target, object index, out object? value)
        {
            value = null;
            return false;
        }

        public bool TrySetItem(TemplateContext context, SourceSpan span, object target, object index, object? value) => false;

        // (object target) => (object)((T)target).Property
        private static Func<object, object?> Compile(Type type, PropertyInfo property)
        {
            var target = Expression.Parameter(typeof(object), "target");
            var read = Expression.Property(Expression.Convert(target, type), property);
            return Expression.Lambda<Func<object, object?>>(Expression.Convert(read, typeof(object)), target).Compile();
        }
    }
}
