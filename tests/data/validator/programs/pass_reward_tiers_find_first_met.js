// Score screen: the medal is the best tier whose score the player reached (gold first)
const TIERS = [
  { min: 900, name: 'gold', color: '#ffd700' },
  { min: 600, name: 'silver', color: '#c0c0c0' },
  { min: 300, name: 'bronze', color: '#cd7f32' },
];
class Medal extends Phaser.Scene {
  constructor() { super('medal'); }
  create() {
    this.score = 0;
    this.text = this.add.text(300, 200, 'no medal', { fontSize: '28px', color: '#ffffff' }).setOrigin(0.5);
    this.input.on('pointerdown', () => {
      this.score += 250;
      const tier = TIERS.find((t) => this.score >= t.min);
      this.text.setText(this.score + ': ' + (tier ? tier.name : 'no medal')).setColor(tier ? tier.color : '#ffffff');
    });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 600, height: 400, scene: Medal });
