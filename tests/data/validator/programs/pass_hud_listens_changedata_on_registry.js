// Coin collector with a separate HUD scene; the score lives in the game registry
class Play extends Phaser.Scene {
  constructor() { super('play'); }
  create() {
    this.registry.set('coins', 0);
    this.scene.launch('hud');
    for (let i = 0; i < 10; i++) {
      const coin = this.add.circle(Phaser.Math.Between(50, 750), Phaser.Math.Between(80, 550), 14, 0xffd600).setInteractive();
      coin.on('pointerdown', () => { coin.destroy(); this.registry.inc('coins', 1); });
    }
  }
}
class Hud extends Phaser.Scene {
  constructor() { super('hud'); }
  create() {
    this.label = this.add.text(16, 16, 'Coins: 0', { fontSize: '22px', color: '#ffffff' });
    this.registry.events.on('changedata', (parent, key, value) => {
      if (key === 'coins') this.label.setText('Coins: ' + value);
    });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#1b5e20', scene: [Play, Hud] });
