// Coins fall and are caught automatically; every catch raises the score in the registry, and a handler
// keeps the score in localStorage on 'setdata' (the first value) and 'changedata' (every later one).
class Catcher extends Phaser.Scene {
  constructor() { super('catcher'); }
  preload() {}
  create() {
    const save = (parent, key, value) => {
      if (key === 'score') localStorage.setItem('catcher-best', String(value));
    };
    this.registry.events.on('setdata', save);
    this.registry.events.on('changedata', save);
    this.registry.set('score', 0);
    this.label = this.add.text(16, 16, 'Score: 0', { fontSize: '20px', color: '#ffffff' });
    this.basket = this.add.rectangle(400, 560, 120, 20, 0x8d6e63);
    this.time.addEvent({ delay: 400, loop: true, callback: () => this.catchCoin() });
  }
  catchCoin() {
    const coin = this.add.circle(Phaser.Math.Between(100, 700), 0, 10, 0xffd54f);
    this.tweens.add({ targets: coin, y: 550, x: this.basket.x, duration: 300, onComplete: () => coin.destroy() });
    this.registry.set('score', this.registry.get('score') + 1);
    this.label.setText('Score: ' + this.registry.get('score'));
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#0d47a1', scene: Catcher });
