// Gear screen: press 1 to equip a sword (+3 attack); a HUD scene beside the game shows attack from the registry
class Gear extends Phaser.Scene {
  constructor() { super('gear'); }
  create() {
    this.registry.set('hero', { attack: 10, gold: 5 });
    this.scene.launch('hud');
    this.input.keyboard.on('keydown-ONE', () => {
      const hero = this.registry.get('hero');
      hero.attack += 3;
      this.registry.set('hero', { ...hero });
    });
  }
}
class Hud extends Phaser.Scene {
  constructor() { super('hud'); }
  create() {
    this.label = this.add.text(20, 20, 'Attack ' + this.registry.get('hero').attack, { fontSize: '24px', color: '#ffffff' });
    this.registry.events.on('changedata-hero', (parent, value) => this.label.setText('Attack ' + value.attack));
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: [Gear, Hud] });
